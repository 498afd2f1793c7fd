import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { assignShards } from "../../lib/pipeline/assign-shards";
import { completionMatches, STAGES } from "../../lib/pipeline/completion-record";
import { planRun, readRunManifest } from "../../lib/pipeline/run-manifest";
import { runLocal } from "../../lib/pipeline/run-local";
import { runTask } from "../../lib/pipeline/run-task";
import { shardIndex } from "../../lib/pipeline/shard-index";
import { corpusConfig, makeCorpus } from "./pipeline-corpus";

const dir = mkdtempSync(join(tmpdir(), "uyd-pipeline-"));
before(() => makeCorpus(dir));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Every task of a planned run, in this process (what the workers do, without their start-up). */
async function runAll(runDir: string): Promise<string[]> {
  const m = readRunManifest(runDir);
  const statuses: string[] = [];
  for (const stage of STAGES) {
    for (let s = 0; s < (stage === "map" || stage === "filter" ? m.shards : 1); s++) statuses.push(`${stage} ${s} ${(await runTask(runDir, stage, s)).status}`);
  }
  return statuses;
}
const finalBytes = (runDir: string) => {
  const m = readRunManifest(runDir);
  return Buffer.concat(Array.from({ length: m.shards }, (_, s) => readFileSync(join(runDir, "out", "final", `part-${s}-of-${m.shards}.jsonl.gz`))));
};

describe("the sharded curate pipeline", () => {
  it("gives byte-identical final data, report and card with 1, 2 and 4 shards, and drops duplicates across shards", async () => {
    const runs: string[] = [];
    for (const n of [1, 2, 4]) {
      const config = corpusConfig(dir, `det-${n}`, n);
      await planRun(config);
      await runAll(config.output);
      runs.push(config.output);
    }
    const [one, two, four] = runs.map(finalBytes);
    assert.ok(one.length > 1000);
    assert.ok(one.equals(two) && one.equals(four), "the final parts, concatenated in shard order, differ between shard counts");
    for (const f of ["report.json", "report.md", "card.md"]) {
      assert.equal(readFileSync(join(runs[2], "dataset", f), "utf8"), readFileSync(join(runs[0], "dataset", f), "utf8"), f);
    }
    const ds = runs.map((r) => JSON.parse(readFileSync(join(r, "dataset", "manifest.json"), "utf8")));
    assert.equal(ds[2].sha256, ds[0].sha256);
    assert.equal(ds[2].parts.length, 4);
    const report = JSON.parse(readFileSync(join(runs[2], "dataset", "report.json"), "utf8"));
    const reasons = Object.fromEntries(report.byReason.map((r: { reason: string; docs: number }) => [r.reason, r.docs]));
    assert.ok(reasons.exactDuplicate >= 5 && reasons.nearDuplicate >= 2 && reasons.repetition >= 2, JSON.stringify(reasons));
    // With 4 shards, some duplicates are kept in another shard than the copy dropped.
    const drops = Array.from({ length: 4 }, (_, s) => gunzipSync(readFileSync(join(runs[2], "out", "dedup", `part-${s}-of-4.jsonl.gz`))).toString().trim().split("\n").filter(Boolean).map((l) => JSON.parse(l)));
    const m4 = readRunManifest(runs[2]);
    const shardOf = (key: string) => m4.inputs.find((i) => key.startsWith(i.path + "#"))!.shard;
    assert.ok(drops.flat().some((d: { key: string; of: string }) => shardOf(d.key) !== shardOf(d.of)), "no duplicate crossed a shard boundary");
    // PII was redacted in the kept text.
    const text = gunzipSync(one).toString();
    assert.ok(!text.includes("jane.roe@example.org") && text.includes("[EMAIL]"));
  });

  it("skips every task of a finished run (completion records match) without touching its outputs", async () => {
    const runDir = join(dir, "det-2");
    const before = statSync(join(runDir, "out", "final", "part-0-of-2.jsonl.gz")).mtimeMs;
    assert.equal((await planRun(corpusConfig(dir, "det-2", 2))).kept, true);
    const r = await runLocal(runDir, { workers: 2 });
    assert.equal(r.ran.length, 0);
    assert.equal(r.skipped.length, 6);
    assert.equal(statSync(join(runDir, "out", "final", "part-0-of-2.jsonl.gz")).mtimeMs, before);
  });

  it("rewrites a shard whose completion record names another manifest, and replaces the manifest when the config changes", async () => {
    const runDir = join(dir, "det-2");
    const rec = join(runDir, "_done", "map", "1.json");
    writeFileSync(rec, readFileSync(rec, "utf8").replace(/"manifest": "[0-9a-f]+"/, '"manifest": "0000"'));
    assert.equal((await runTask(runDir, "map", 1)).status, "done");
    assert.equal((await runTask(runDir, "map", 0)).status, "skipped");
    const plan = await planRun(corpusConfig(dir, "det-2", 2, { pii: { mode: "flag", redactMode: "tag" } }));
    assert.equal(plan.replaced, true);
    assert.equal(existsSync(join(runDir, "_done")), false);
    assert.deepEqual((await runAll(runDir)).filter((s) => s.endsWith("skipped")), []);
    assert.ok(gunzipSync(finalBytes(runDir)).toString().includes("jane.roe@example.org"));
  });

  it("fails a shard with an unreadable input with its reason, finishes the others, and a rerun retries only that one", async () => {
    const sub = join(dir, "corrupt");
    makeCorpus(sub, 8);
    const bad = join(sub, "in", "part-3.jsonl.gz");
    truncateSync(bad, Math.floor(statSync(bad).size / 2));
    const config = corpusConfig(sub, "run", 3);
    const { manifest } = await planRun(config);
    const badShard = manifest.inputs.find((i) => i.path === bad)!.shard;
    const r = await runLocal(config.output, { workers: 2 });
    assert.equal(r.ok, false);
    assert.deepEqual(r.failed.map((f) => [f.stage, f.shard]), [["map", badShard]]);
    assert.match(r.failed[0].reason, /part-3\.jsonl\.gz.*ends early/);
    assert.deepEqual(r.ran.map((t) => t.shard).sort(), [0, 1, 2].filter((s) => s !== badShard));
    assert.ok(!existsSync(join(config.output, "_done", "dedup")), "the reduce ran without every shard");
    const again = await runLocal(config.output, { workers: 2 });
    assert.equal(again.ran.length, 0);
    assert.equal(again.skipped.length, 2);
    assert.deepEqual(again.failed.map((f) => f.shard), [badShard]);
  });

  it("leaves no visible partial output when a worker is SIGKILLed mid-shard, and the rerun completes only that shard", async () => {
    const sub = join(dir, "kill");
    makeCorpus(sub, 30, 3);
    const config = corpusConfig(sub, "run", 2);
    await planRun(config);
    await runTask(config.output, "map", 1);
    const child = spawn(process.execPath, ["--import", "tsx", "bin/curate.ts", "worker", "--run", config.output, "--stage", "map", "--shard", "0"], { stdio: "ignore" });
    const mapDir = join(config.output, "out", "map");
    const started = Date.now();
    const writing = () => existsSync(mapDir) && readdirSync(mapDir).some((f) => f.startsWith(".part-0-of-2") && statSync(join(mapDir, f)).size > 0);
    while (!writing() && Date.now() - started < 30000) await new Promise((res) => setTimeout(res, 20));
    child.kill("SIGKILL");
    await new Promise((res) => child.on("close", res));
    assert.ok(writing(), "the worker never started writing");
    for (const p of ["out/map/part-0-of-2.jsonl.gz", "out/signatures/part-0-of-2.jsonl.gz", "stats/map/0.json", "_done/map/0.json"]) assert.equal(existsSync(join(config.output, p)), false, p);
    const r = await runLocal(config.output, { workers: 2 });
    assert.equal(r.ok, true, JSON.stringify(r.failed));
    assert.deepEqual(r.ran.filter((t) => t.stage === "map").map((t) => t.shard), [0]);
    assert.deepEqual(r.skipped, [{ stage: "map", shard: 1 }]);
    assert.deepEqual(readdirSync(mapDir).filter((f) => f.endsWith(".tmp")), []);
    assert.ok(completionMatches(config.output, "finalize", 0, 1, JSON.parse(readFileSync(join(config.output, "_done", "map", "0.json"), "utf8")).manifest));
  });

  it("takes the shard index from --shard or the array schedulers' variables", () => {
    assert.equal(shardIndex("2", {}), 2);
    assert.equal(shardIndex(undefined, { SLURM_ARRAY_TASK_ID: "3" }), 3);
    assert.equal(shardIndex(undefined, { JOB_COMPLETION_INDEX: "1" }), 1);
    assert.equal(shardIndex(undefined, { AWS_BATCH_JOB_ARRAY_INDEX: "0" }), 0);
    assert.throws(() => shardIndex(undefined, {}), /No shard index/);
    assert.throws(() => shardIndex(undefined, { SLURM_ARRAY_TASK_ID: "x" }), /got 'x'/);
  });

  it("assigns contiguous runs of files to shards, balanced by bytes", () => {
    assert.deepEqual(assignShards([{ bytes: 10 }, { bytes: 10 }, { bytes: 20 }], 2), [0, 0, 1]);
    assert.deepEqual(assignShards([{ bytes: 5 }, { bytes: 5 }, { bytes: 5 }, { bytes: 5 }], 4), [0, 1, 2, 3]);
    const a = assignShards(Array.from({ length: 9 }, () => ({ bytes: 7 })), 4);
    assert.deepEqual(a, [...a].sort((x, y) => x - y));
  });
});
