// The RFC-behaviour ("ID_") cases of Google's robots.txt test suite (google/robotstxt,
// robots_test.cc, Apache-2.0), restated as data. "GoogleOnly_" cases are not ported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { robotsAllows } from "../../lib/crawl/robots-allows";
import { parseRobots } from "../../lib/crawl/parse-robots";
import { productToken } from "../../lib/crawl/product-token";

type Case = [robotsTxt: string, agent: string, url: string, allowed: boolean];
function expectAll(cases: Case[]): void {
  for (const [txt, agent, url, allowed] of cases) {
    assert.equal(robotsAllows(txt, url, agent), allowed, `${agent} ${url} under ${JSON.stringify(txt)}`);
  }
}

test("line syntax: key-value lines count, unknown keys do not, a missing colon is assumed", () => {
  expectAll([
    ["user-agent: FooBot\ndisallow: /\n", "FooBot", "http://foo.bar/x/y", false],
    ["foo: FooBot\nbar: /\n", "FooBot", "http://foo.bar/x/y", true],
    ["user-agent FooBot\ndisallow /\n", "FooBot", "http://foo.bar/x/y", false],
  ]);
});

test("groups: rules outside groups are ignored and groups for one agent are merged", () => {
  const txt =
    "allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\nuser-agent: BarBot\ndisallow: /\nallow: /y/\n\n\n" +
    "allow: /w/\nuser-agent: BazBot\n\nuser-agent: FooBot\nallow: /z/\ndisallow: /\n";
  expectAll([
    [txt, "FooBot", "http://foo.bar/x/b", true],
    [txt, "FooBot", "http://foo.bar/z/d", true],
    [txt, "FooBot", "http://foo.bar/y/c", false],
    [txt, "BarBot", "http://foo.bar/y/c", true],
    [txt, "BarBot", "http://foo.bar/w/a", true],
    [txt, "BarBot", "http://foo.bar/z/d", false],
    [txt, "BazBot", "http://foo.bar/z/d", true],
    [txt, "FooBot", "http://foo.bar/foo/bar/", false],
    [txt, "BarBot", "http://foo.bar/foo/bar/", false],
    [txt, "BazBot", "http://foo.bar/foo/bar/", false],
  ]);
});

test("key names and user-agent values are case-insensitive, and a value is cut to its product token", () => {
  for (const txt of ["USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n", "uSeR-aGeNt: FooBot\nAlLoW: /x/\ndIsAlLoW: /\n"]) {
    expectAll([[txt, "FooBot", "http://foo.bar/x/y", true], [txt, "FooBot", "http://foo.bar/a/b", false]]);
  }
  for (const txt of ["User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "User-Agent: FoO bAr\nAllow: /x/\nDisallow: /\n"]) {
    for (const agent of ["Foo", "foo"]) {
      expectAll([[txt, agent, "http://foo.bar/x/y", true], [txt, agent, "http://foo.bar/a/b", false]]);
    }
  }
});

test("the product token of a full User-Agent header is what matches a group", () => {
  assert.equal(productToken("FooBot/2.1 (+mailto:ops@foo.bar)"), "foobot");
  assert.equal(productToken("Foo_Bar-baz"), "foo_bar-baz");
  assert.equal(productToken("ツ"), "");
  expectAll([["User-agent: FooBot\nDisallow: /\n", "FooBot/2.1 (+mailto:ops@foo.bar)", "http://foo.bar/", false]]);
});

test("without a matching group the first * group applies, and without either nothing is forbidden", () => {
  const global = "user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n";
  const specific = "user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\nuser-agent: BazBot\ndisallow: /\n";
  expectAll([
    ["", "FooBot", "http://foo.bar/x/y", true],
    [global, "FooBot", "http://foo.bar/x/y", false],
    [global, "BarBot", "http://foo.bar/x/y", true],
    [specific, "QuxBot", "http://foo.bar/x/y", true],
  ]);
});

test("rule values are matched case-sensitively", () => {
  expectAll([
    ["user-agent: FooBot\ndisallow: /x/\n", "FooBot", "http://foo.bar/x/y", false],
    ["user-agent: FooBot\ndisallow: /X/\n", "FooBot", "http://foo.bar/x/y", true],
  ]);
});

test("the longest match wins and allow wins a tie", () => {
  const url = "http://foo.bar/x/page.html";
  expectAll([
    ["user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/\n", "FooBot", url, false],
    ["user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n", "FooBot", url, true],
    ["user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n", "FooBot", "http://foo.bar/x/", false],
    ["user-agent: FooBot\ndisallow: \nallow: \n", "FooBot", url, true],
    ["user-agent: FooBot\ndisallow: /\nallow: /\n", "FooBot", url, true],
    ["user-agent: FooBot\ndisallow: /x\nallow: /x/\n", "FooBot", "http://foo.bar/x", false],
    ["user-agent: FooBot\ndisallow: /x\nallow: /x/\n", "FooBot", "http://foo.bar/x/", true],
    ["user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/page.html\n", "FooBot", url, true],
    ["user-agent: FooBot\nallow: /page\ndisallow: /*.html\n", "FooBot", "http://foo.bar/page.html", false],
    ["user-agent: FooBot\nallow: /page\ndisallow: /*.html\n", "FooBot", "http://foo.bar/page", true],
    ["user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n", "FooBot", url, true],
    ["user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n", "FooBot", "http://foo.bar/x/y.html", false],
    ["User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n", "FooBot", "http://foo.bar/x/page", true],
    ["User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n", "FooBot", "http://foo.bar/y/page", false],
  ]);
});

test("non-ASCII rule values are percent-encoded before matching", () => {
  const q = "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n";
  const raw = "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/ツ\n";
  const enc = "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n";
  const ascii = "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n";
  expectAll([
    [q, "FooBot", "http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par", true],
    [raw, "FooBot", "http://foo.bar/foo/bar/%E3%83%84", true],
    [enc, "FooBot", "http://foo.bar/foo/bar/%E3%83%84", true],
    [ascii, "FooBot", "http://foo.bar/foo/bar/baz", false],
    [ascii, "FooBot", "http://foo.bar/foo/bar/%62%61%7A", true],
    // Deliberate difference: Google's matcher expects callers to encode URLs and so
    // rejects the raw "ツ" URL; robotsAllows parses the URL, which percent-encodes it
    // as RFC 9309 section 2.2.2 requires, so the raw URL matches the encoded rule.
    [raw, "FooBot", "http://foo.bar/foo/bar/ツ", true],
  ]);
});

test("special characters: * matches any run, $ anchors the end, # starts a comment", () => {
  const star = "User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n";
  const dollar = "User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n";
  const hash = "User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n";
  expectAll([
    [star, "FooBot", "http://foo.bar/foo/bar/quz", false],
    [star, "FooBot", "http://foo.bar/foo/quz", true],
    [star, "FooBot", "http://foo.bar/foo//quz", true],
    [star, "FooBot", "http://foo.bar/foo/bax/quz", true],
    [dollar, "FooBot", "http://foo.bar/foo/bar", false],
    [dollar, "FooBot", "http://foo.bar/foo/bar/qux", true],
    [dollar, "FooBot", "http://foo.bar/foo/bar/", true],
    [dollar, "FooBot", "http://foo.bar/foo/bar/baz", true],
    [hash, "FooBot", "http://foo.bar/foo/bar", true],
    [hash, "FooBot", "http://foo.bar/foo/quz", false],
  ]);
});

test("every kind of line ending and a whole or partial byte-order mark are read", () => {
  for (const eol of ["\n", "\r\n", "\r"]) {
    const txt = ["User-Agent: foo", "Allow: /some/path", "User-Agent: bar", "", "", "Disallow: /"].join(eol);
    expectAll([[txt, "bar", "http://foo.bar/x", false], [txt, "foo", "http://foo.bar/x", true]]);
  }
  for (const bom of [[0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xef]]) {
    const body = Buffer.concat([Buffer.from(bom), Buffer.from("User-Agent: foo\nDisallow: /x\n")]);
    assert.equal(parseRobots(body, "foo").decide("http://foo.bar/x").allowed, false, `BOM ${bom}`);
  }
});

test("only the first 500 KiB are parsed, cut at a whole line", () => {
  const filler = "# padding line of a very long robots.txt file\n".repeat(12000); // ~550 KB
  const txt = "User-agent: *\nDisallow: /early/\n" + filler + "Disallow: /late/\n";
  const rules = parseRobots(txt, "FooBot");
  assert.equal(rules.decide("http://foo.bar/early/a").allowed, false);
  assert.equal(rules.decide("http://foo.bar/late/a").allowed, true);
});

test("a decision names the line and the rule that made it, and crawl-delay is read per agent", () => {
  const rules = parseRobots("User-agent: *\nCrawl-delay: 2\nDisallow: /private/ # keep out\n", "uyd-lab-bot/0.1");
  assert.deepEqual(rules.decide("http://h/private/a"), { allowed: false, line: 3, rule: "Disallow: /private/" });
  assert.deepEqual(rules.decide("http://h/public"), { allowed: true });
  assert.equal(rules.crawlDelay, 2);
});
