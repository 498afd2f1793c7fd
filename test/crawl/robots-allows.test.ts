// Every RFC 9309 case of robots-rfc-cases.ts (Google's robots_test.cc restated, plus the
// rules it does not test) must be decided right; then the parts that are not decisions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { robotsAllows } from "../../lib/crawl/robots-allows";
import { parseRobots } from "../../lib/crawl/parse-robots";
import { productToken } from "../../lib/crawl/product-token";
import { robotsPath } from "../../lib/crawl/robots-path";
import { RFC_CASES } from "./robots-rfc-cases";

for (const source of new Set(RFC_CASES.map((c) => c.source))) {
  test(`RFC 9309 cases: ${source}`, () => {
    for (const c of RFC_CASES.filter((k) => k.source === source)) {
      const txt = typeof c.txt === "string" ? JSON.stringify(c.txt) : `bytes ${Buffer.from(c.txt).toString("hex").slice(0, 24)}…`;
      assert.equal(robotsAllows(c.txt, c.url, c.agent), c.allowed, `[${c.section}] ${c.agent} ${c.url} under ${txt}`);
    }
  });
}

test("Google's two deliberate differences are the only places it would expect the opposite", () => {
  const differ = RFC_CASES.filter((c) => c.differs);
  assert.equal(differ.length, 3);
  assert.ok(differ.every((c) => c.source === "ID_Encoding"));
});

test("product tokens: [a-zA-Z_-] only, taken from the front of a full User-Agent header", () => {
  for (const [ua, token] of [["Foobot", "foobot"], ["Foobot-Bar", "foobot-bar"], ["Foo_Bar", "foo_bar"], ["", ""], ["ツ", ""],
    ["Foobot*", "foobot"], [" Foobot ", "foobot"], ["Foobot/2.1", "foobot"], ["Foobot Bar", "foobot"],
    ["uyd-lab-bot/0.1 (+mailto:me@example.org)", "uyd-lab-bot"]]) {
    assert.equal(productToken(ua), token, ua);
  }
});

test("rule and path normalisation: unreserved escapes decoded, others kept upper-case, non-ASCII as UTF-8 octets", () => {
  assert.equal(robotsPath("http://www.example.com"), "http://www.example.com");
  assert.equal(robotsPath("/a/b/c"), "/a/b/c");
  assert.equal(robotsPath("á"), "%C3%A1");
  assert.equal(robotsPath("%aa"), "%AA");
  assert.equal(robotsPath("/%7e%2D%2e%5F%41%39"), "/~-._A9");
  assert.equal(robotsPath("/a%2fb%3F"), "/a%2Fb%3F");
  assert.equal(robotsPath("/😀 x"), "/%F0%9F%98%80%20x");
  assert.equal(robotsPath("/100%"), "/100%");
});

test("only the path and query are matched: the fragment, host and port play no part", () => {
  const rules = parseRobots("User-agent: *\nDisallow: /a;b\nDisallow: /?q\n", "FooBot");
  assert.equal(rules.decide("http://example.com:8080/a;b#c").allowed, false);
  assert.equal(rules.decide("http://example.com/?q=1").allowed, false);
  assert.equal(rules.decide("http://example.com/a#;b").allowed, true);
  assert.equal(rules.decide("not a url").allowed, false);
});

test("at least 500 KiB are parsed (a rule near the end of 500 KiB counts), the rest is cut at a whole line", () => {
  const filler = "# padding line of a very long robots.txt file\n".repeat(12_000); // 552,000 bytes
  const head = "User-agent: *\nDisallow: /early/\n" + filler.slice(0, 500 * 1024 - 100);
  const near = head.slice(0, head.lastIndexOf("\n") + 1) + "Disallow: /near-end/\n";
  assert.ok(Buffer.byteLength(near) <= 500 * 1024 && Buffer.byteLength(near) > 500 * 1024 - 120, `${Buffer.byteLength(near)} bytes`);
  assert.equal(robotsAllows(near, "http://foo.bar/near-end/a", "FooBot"), false);
  const txt = "User-agent: *\nDisallow: /early/\n" + filler + "Disallow: /late/\n";
  const rules = parseRobots(txt, "FooBot");
  assert.equal(rules.decide("http://foo.bar/early/a").allowed, false);
  assert.equal(rules.decide("http://foo.bar/late/a").allowed, true);
  assert.equal(parseRobots(txt, "FooBot", { maxBytes: 2 << 20 }).decide("http://foo.bar/late/a").allowed, false);
});

test("a decision names the line and the rule that made it; crawl-delay and sitemaps are read", () => {
  const rules = parseRobots("Sitemap: http://h/s1.xml\nUser-agent: *\nCrawl-delay: 2\nDisallow: /private/ # keep out\nSitemap: http://h/s2.xml\n", "uyd-lab-bot/0.1");
  assert.deepEqual(rules.decide("http://h/private/a"), { allowed: false, line: 4, rule: "Disallow: /private/" });
  assert.deepEqual(rules.decide("http://h/public"), { allowed: true });
  assert.equal(rules.crawlDelay, 2);
  assert.deepEqual(rules.sitemaps, ["http://h/s1.xml", "http://h/s2.xml"]);
  assert.equal(rules.agent, "uyd-lab-bot");
  assert.equal(parseRobots("User-agent: FooBot\nDisallow: /x\nCrawl-delay: 5\nUser-agent: *\nCrawl-delay: 1\n", "BarBot").crawlDelay, 1);
});
