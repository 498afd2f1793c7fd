// A hostile page: 100,000 links and 20,000 images, crawled with a 30-page limit. The frontier
// keeps only what the crawl can still fetch and counts the rest; the whole process (tsx, the
// test server holding the 3.7 MB page, the crawler) must peak under 300 MB. Before the bounded
// frontier and the tree-less page parser it peaked at 386 MB, with 120,001 records.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

test("a page with 100,000 links keeps memory flat: peak RSS under 300 MB, the overflow dropped and counted", (t) => {
  const script = join(__dirname, "fixtures", "hostile-links-crawl.ts");
  const out = execFileSync(process.execPath, ["--import", "tsx", script, "100000"], { encoding: "utf8", timeout: 120_000 });
  const run = JSON.parse(out.trim().split("\n").pop() as string) as { maxRssMb: number; records: number; fetched: number; dropped: Record<string, number> };
  t.diagnostic(`peak RSS ${run.maxRssMb} MB; ${run.records} records, ${run.fetched} fetched, dropped ${JSON.stringify(run.dropped)}`);
  assert.ok(run.maxRssMb < 300, `peak RSS ${run.maxRssMb} MB`);
  assert.equal(run.fetched, 30);
  assert.equal(run.records, 30);
  assert.equal((run.dropped["page-limit"] ?? 0) + 29, 120_000, "every link and image not queued is counted");
});
