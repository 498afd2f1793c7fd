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

test("the page limit bounds the crawl: links beyond it are dropped and counted, not queued", async () => {
  const { records, summary } = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxPages: 3, fetchImages: false, maxCrawlDelayMs: 60_000 });
  assert.equal(summary.fetched + summary.skippedByRobots, 3); // the home page + the first 2 links (robots skips took a place too)
  assert.equal(records.length, 3);
  assert.ok((summary.dropped["page-limit"] ?? 0) >= 1, JSON.stringify(summary.dropped));
  const perHost = await crawl({ ...base(), seeds: [web.urls.museum + "/", web.urls.archive + "/"], maxPages: 50, maxPagesPerHost: 2, fetchImages: false });
  for (const origin of [web.urls.museum, web.urls.archive]) assert.ok(perHost.records.filter((r) => r.host === origin).length <= 2, origin);
  assert.ok((perHost.summary.dropped["host-limit"] ?? 0) >= 1, JSON.stringify(perHost.summary.dropped));
});

test("links to hosts that were not seeds are not followed unless scope is 'any'", async () => {
  const near = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxDepth: 0 });
  assert.equal(near.records.length, 1);
  const inScope = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxDepth: 1, fetchImages: false });
  assert.ok(!inScope.records.some((r) => r.host === web.urls.archive));
  const anywhere = await crawl({ ...base(), seeds: [web.urls.museum + "/"], maxDepth: 1, fetchImages: false, scope: "any" });
  assert.ok(anywhere.records.some((r) => r.host === web.urls.archive && r.outcome === "fetched"));
});
