import { test } from "node:test";
import assert from "node:assert/strict";
import { crawlProgress } from "../../lib/crawl/crawl-progress";
import { setDisplaySink } from "../../lib/display/show";
import { crawl } from "../../lib/crawl/crawl";
import { startFixtureWeb } from "../../lib/crawl/start-fixture-web";

test("the crawl progress numbers grow with the frontier and ends at 100 % of the real total", async () => {
  const previous = setDisplaySink(null); // outside a kernel the bar draws nothing; its numbers are what is tested
  const web = await startFixtureWeb({ only: ["museum"] });
  try {
    const bar = crawlProgress({ label: "URLs done" });
    const totals: number[] = [];
    const { records } = await crawl({ seeds: [web.urls.museum + "/"], userAgent: "uyd-test-bot/0.1 (+mailto:t@example.org)", allowAddresses: ["127.0.0.0/8"],
      minDelayMs: 0, onProgress: (p) => (totals.push(p.done + p.queued), bar.onProgress(p)) });
    bar.done();
    assert.ok(totals.length === records.length);
    assert.equal(totals[totals.length - 1], records.length, "the last report has nothing queued");
    assert.ok(Math.max(...totals) <= records.length);
  } finally {
    setDisplaySink(previous);
    await web.close();
  }
});
