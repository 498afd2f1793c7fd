import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { crawl } from "../../lib/crawl/crawl";
import type { CrawlResult } from "../../lib/crawl/crawl-types";
import { FIXTURE_HOSTS } from "../../lib/crawl/fixture-sites";
import { robotsAllows } from "../../lib/crawl/robots-allows";
import { startFixtureWeb, type FixtureWeb } from "../../lib/crawl/start-fixture-web";

const UA = "uyd-lab-bot/0.1 (+mailto:learner@example.org)";
const MIN_DELAY = 50;
const MAX_BYTES = 1024 * 1024;
let web: FixtureWeb;
let result: CrawlResult;

before(async () => {
  web = await startFixtureWeb();
  result = await crawl({
    seeds: Object.values(web.urls).map((u) => u + "/"), userAgent: UA, allowAddresses: ["127.0.0.0/8"],
    minDelayMs: MIN_DELAY, timeoutMs: 3000, maxBytes: MAX_BYTES, backoffMs: 100, maxPages: 100,
  });
});
after(() => web.close());

const nameOf = (origin: string): string => Object.keys(web.urls).find((n) => web.urls[n] === origin) ?? origin;
const pathOf = (url: string): string => { const u = new URL(url); return u.pathname + u.search; };

test("every hostile and friendly URL ends in the recorded outcome its host was built to provoke", () => {
  for (const host of FIXTURE_HOSTS) {
    for (const [path, reason] of Object.entries(host.expect)) {
      const record = result.records.find((r) => nameOf(r.host) === host.name && pathOf(r.url) === path);
      assert.ok(record, `${host.name}${path} has a record`);
      assert.equal(record.reason, reason, `${host.name}${path}: ${record.message ?? ""}`);
    }
  }
});

test("every request to the fixture web carries the crawler's user agent", () => {
  assert.ok(web.log.length > 20);
  assert.deepEqual(web.log.filter((r) => r.userAgent !== UA), []);
});

test("no request asks for a path that robots.txt disallows for the agent", () => {
  for (const entry of web.log) {
    const host = FIXTURE_HOSTS.find((h) => h.name === entry.host);
    assert.ok(host);
    if (entry.path === "/robots.txt" || entry.path.startsWith("/config/")) continue;
    assert.notEqual(host.expect[entry.path], "robots", `${entry.host}${entry.path} was requested`);
    if (typeof host.robots === "string") assert.ok(robotsAllows(host.robots, "http://h" + entry.path, UA), `${entry.host}${entry.path}`);
  }
  assert.deepEqual(web.log.filter((r) => r.host === "down").map((r) => r.path), ["/robots.txt"]);
});

test("robots.txt is fetched once per host, and its redirects are followed", () => {
  for (const name of Object.keys(web.urls)) {
    assert.equal(web.log.filter((r) => r.host === name && r.path === "/robots.txt").length, 1, name);
  }
  const mirror = result.robots.find((r) => nameOf(r.origin) === "mirror");
  assert.equal(mirror?.hops.length, 3);
  assert.equal(mirror?.policy, "rules");
});

test("no host is ever hit sooner than its crawl-delay or the minimum delay", () => {
  for (const host of FIXTURE_HOSTS) {
    const delay = Math.max(MIN_DELAY, 1000 * Number(/Crawl-delay:\s*([\d.]+)/i.exec(String(host.robots))?.[1] ?? 0));
    const times = web.log.filter((r) => r.host === host.name).map((r) => r.time);
    for (let i = 1; i < times.length; i++) {
      assert.ok(times[i] - times[i - 1] >= delay, `${host.name}: requests ${i - 1} and ${i} were ${(times[i] - times[i - 1]).toFixed(1)} ms apart, delay ${delay}`);
    }
  }
});

test("a 429 with Retry-After is retried no sooner than the server asked", () => {
  const hits = web.log.filter((r) => r.host === "busy" && r.path === "/").map((r) => r.time);
  assert.equal(hits.length, 2);
  assert.ok(hits[1] - hits[0] >= 1000, `retried after ${hits[1] - hits[0]} ms`);
  assert.equal(result.records.find((r) => nameOf(r.host) === "busy" && pathOf(r.url) === "/")?.attempts, 2);
});

test("nothing is requested from a private or link-local address, and no body exceeds the size limit", () => {
  assert.ok(result.requests.every((r) => new URL(r.url).hostname.startsWith("127.")));
  assert.match(result.records.find((r) => r.url.endsWith("/to-metadata"))?.message ?? "", /link-local \(169\.254\.0\.0\/16\)/);
  assert.ok(result.records.every((r) => (r.bytes ?? 0) <= MAX_BYTES));
});

test("fetched records carry provenance: final URL, status, hash, time, robots decision and licence hints", () => {
  const page = result.records.find((r) => nameOf(r.host) === "museum" && pathOf(r.url) === "/gallery/travel.html");
  assert.ok(page);
  assert.equal(page.status, 200);
  assert.match(page.sha256 ?? "", /^[0-9a-f]{64}$/);
  assert.match(page.fetchedAt ?? "", /^\d{4}-\d\d-\d\dT/);
  assert.equal(page.robots.allowed, true);
  assert.deepEqual(page.licences?.map((l) => l.licence), ["CC-BY-4.0"]);
  assert.equal(page.images?.length, 3);
  const cat = result.records.find((r) => pathOf(r.url) === "/posts/cat.html");
  assert.deepEqual(cat?.optOuts, ["noai", "noimageai"]);
});

test("the summary counts fetched pages, robots skips and errors by reason", () => {
  const { summary } = result;
  assert.equal(summary.fetched, result.records.filter((r) => r.outcome === "fetched").length);
  assert.equal(summary.skippedByRobots, 7);
  assert.equal(summary.errors["refused-address"], 2);
  assert.equal(summary.requests, web.log.length);
});
