import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createReadStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WARCParser } from "warcio";
import { crawl } from "../../lib/crawl/crawl";
import type { CrawlResult } from "../../lib/crawl/crawl-types";
import { imageTextPairs } from "../../lib/crawl/image-text-pairs";
import { createRobotsCache } from "../../lib/crawl/robots-cache";
import { startFixtureWeb, type FixtureWeb } from "../../lib/crawl/start-fixture-web";
import { writeCrawlJsonl } from "../../lib/crawl/write-crawl-jsonl";
import { writeCrawlWarc } from "../../lib/crawl/write-crawl-warc";

const UA = "uyd-lab-bot/0.1 (+mailto:learner@example.org)";
const out = mkdtempSync(join(tmpdir(), "uyd-crawl-"));
const cache = createRobotsCache();
let web: FixtureWeb;
let result: CrawlResult;
const options = () => ({ seeds: [web.urls.archive + "/"], userAgent: UA, allowAddresses: ["127.0.0.0/8"], minDelayMs: 20, robotsCache: cache });

before(async () => {
  web = await startFixtureWeb({ only: ["archive"] });
  result = await crawl(options());
});
after(async () => {
  await web.close();
  rmSync(out, { recursive: true, force: true });
});

test("the WARC file holds a warcinfo record, then request, response and metadata per fetched URL", async () => {
  const path = join(out, "crawl.warc.gz");
  const written = await writeCrawlWarc(result.records, path, { userAgent: UA });
  assert.equal(written, 4);
  const types: string[] = [];
  const bodies = new Map<string, number>();
  for await (const record of new WARCParser(createReadStream(path))) {
    types.push(record.warcType ?? "");
    if (record.warcType === "response") bodies.set(record.warcTargetURI ?? "", (await record.readFully(true)).length);
    if (record.warcType === "request") assert.equal(record.httpHeaders?.headers.get("user-agent"), UA);
  }
  assert.deepEqual(types, ["warcinfo", ...Array(4).fill(["request", "response", "metadata"]).flat()]);
  const image = result.records.find((r) => r.kind === "image");
  assert.equal(bodies.get(image?.finalUrl ?? ""), image?.bytes);
});

test("JSONL has one line per record and no bodies", () => {
  const path = join(out, "records.jsonl");
  assert.equal(writeCrawlJsonl(result.records, path), result.records.length);
  const lines = readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, result.records.length);
  assert.ok(lines.every((l) => l.body === undefined && typeof l.robots.reason === "string"));
});

test("image-text pairs carry the page's licence and whether the image was fetched", () => {
  const pairs = imageTextPairs(result.records);
  assert.deepEqual(pairs.map((p) => [p.alt?.split(" ")[0], p.licence, p.fetched]), [["French", "CC0-1.0", true], ["Sheep", "CC0-1.0", true]]);
});

test("a shared robots cache fetches robots.txt once across crawls", async () => {
  await crawl(options());
  assert.equal(web.log.filter((r) => r.path === "/robots.txt").length, 1);
});
