import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { crawl } from "../../lib/crawl/crawl";
import { startFixtureWeb, type FixtureWeb } from "../../lib/crawl/start-fixture-web";

const UA = "uyd-lab-bot/0.1 (+mailto:learner@example.org)";
let web: FixtureWeb;
before(async () => { web = await startFixtureWeb({ only: ["museum", "archive"] }); });
after(() => web.close());
const base = () => ({ userAgent: UA, allowAddresses: ["127.0.0.0/8"], minDelayMs: 10 });

test("a host whose Crawl-delay is longer than we are willing to wait is skipped after its robots.txt", async () => {
  const before = web.log.length;
  const { records } = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxCrawlDelayMs: 50 });
  assert.deepEqual(records.map((r) => r.reason), ["crawl-delay-too-long"]);
  assert.deepEqual(web.log.slice(before).map((r) => r.path), ["/robots.txt"]);
});

test("the page limit bounds the crawl and the rest is recorded as skipped", async () => {
  const { records, summary } = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxPages: 3, fetchImages: false });
  assert.equal(summary.fetched, 3);
  assert.ok(records.some((r) => r.reason === "page-limit"));
});

test("links to hosts that were not seeds are not followed unless scope is 'any'", async () => {
  const near = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxDepth: 0 });
  assert.equal(near.records.length, 1);
  const inScope = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxDepth: 1, fetchImages: false });
  assert.ok(!inScope.records.some((r) => r.host === web.urls.archive));
  const anywhere = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxDepth: 1, fetchImages: false, scope: "any" });
  assert.ok(anywhere.records.some((r) => r.host === web.urls.archive && r.outcome === "fetched"));
});
