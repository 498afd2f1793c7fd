import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lab02, USER_AGENT_CANDIDATES } from "../../lib/checks/lab02";
import { checkUserAgent } from "../../lib/crawl/check-user-agent";
import { projectRoot } from "../../lib/data/project-root";
import { crawl } from "../../lib/crawl/crawl";
import type { CrawlResult } from "../../lib/crawl/crawl-types";
import { imageTextPairs } from "../../lib/crawl/image-text-pairs";
import { startFixtureWeb, type FixtureWeb } from "../../lib/crawl/start-fixture-web";

const judge = (id: string, answer: unknown) => lab02.checks[id].judge(answer);
const UA = "uyd-lab-bot/0.1 (+mailto:learner@example.org)";
let web: FixtureWeb;
let result: CrawlResult;

// The reference answers are computed the way the lab computes them: from a real crawl.
before(async () => {
  web = await startFixtureWeb({ only: ["museum", "blog", "archive", "trap"] });
  result = await crawl({ seeds: Object.values(web.urls).map((u) => u + "/"), userAgent: UA, allowAddresses: ["127.0.0.0/8"],
    minDelayMs: 20, timeoutMs: 3000, maxBytes: 1 << 20 });
});
after(() => web.close());
const onHost = (name: string) => result.records.filter((r) => r.host === web.urls[name]);

test("2.2 passes the blog URLs robots.txt refuses and names the mistake in wrong lists", () => {
  const forbidden = onHost("blog").filter((r) => r.reason === "robots").map((r) => r.url);
  assert.equal(judge("2.2", forbidden).passed, true);
  assert.match(judge("2.2", [...forbidden, web.urls.blog + "/"]).message, /only that group applies to you/);
  assert.match(judge("2.2", [...forbidden, "/tag/history"]).message, /Allow wins/);
  assert.match(judge("2.2", forbidden.slice(0, 1)).message, /there are more/);
  assert.match(judge("2.2", "/drafts/").message, /array of URL strings/);
  assert.match(judge("2.2", []).message, /Your list is empty/);
});

test("2.3 passes the recorded reasons of the trap host and fails a wrong or partial map", () => {
  const reasons = Object.fromEntries(onHost("trap").filter((r) => r.outcome !== "fetched").map((r) => [new URL(r.url).pathname, r.reason]));
  assert.equal(judge("2.3", reasons).passed, true);
  assert.match(judge("2.3", { ...reasons, "/slow": "network" }).message, /reason for \/slow differs/);
  const { "/bomb": _bomb, ...partial } = reasons;
  assert.match(judge("2.3", partial).message, /1 failing trap path\(s\) are missing, e\.g\. \/bomb/);
  assert.match(judge("2.3", { ...reasons, "/": "fetched" }).message, /leave out the trap URLs that were fetched/);
  const other = onHost("blog").find((r) => r.outcome !== "fetched") as { url: string; reason: string };
  assert.match(judge("2.3", { ...reasons, [other.url]: other.reason }).message, /not a path of the trap host/);
  assert.doesNotMatch(judge("2.3", { ...reasons, [other.url]: other.reason }).message, /fetched/);
});

test("2.4 passes the count of open, not opted-out pairs with alt text and fails the usual miscounts", () => {
  const pairs = imageTextPairs(result.records);
  const open = pairs.filter((p) => p.alt && (p.licence.startsWith("CC-BY") || p.licence === "CC0-1.0") && p.optOuts === "");
  assert.equal(judge("2.4", open.length).passed, true);
  assert.equal(judge("2.4", pairs.length).passed, false);
  assert.match(judge("2.4", pairs.filter((p) => p.alt).length).message, /Too many/);
  assert.match(judge("2.4", open.filter((p) => p.licence.startsWith("CC-BY")).length).message, /two hosts publish/);
  assert.match(judge("2.4", "6").message, /whole number/);
});

test("2.1 passes the user agents checkUserAgent accepts, from the list the exercise cell shows", () => {
  const ok = USER_AGENT_CANDIDATES.filter((ua) => { try { checkUserAgent(ua); return true; } catch { return false; } });
  assert.equal(judge("2.1", ok).passed, true);
  assert.ok(ok.length > 0 && ok.length < USER_AGENT_CANDIDATES.length);
  assert.match(judge("2.1", [...ok, "123bot/1.0 (+mailto:ops@example.net)"]).message, /look at how it starts/);
  assert.match(judge("2.1", [...ok, "curl/8.5.0"]).message, /a way to reach its operator/);
  assert.match(judge("2.1", "InputError").message, /array/);
  const nb = JSON.parse(readFileSync(join(projectRoot(), "labs", "solutions", "02-crawling.ipynb"), "utf8")) as { cells: Array<{ source: string[] }> };
  const cell = nb.cells.map((c) => c.source.join("")).find((s) => s.includes('check("2.1"')) as string;
  const listed = [...(/const candidates = \[([\s\S]*?)\];/.exec(cell) as RegExpExecArray)[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(listed, USER_AGENT_CANDIDATES, "the exercise cell lists the judge's candidates");
});
