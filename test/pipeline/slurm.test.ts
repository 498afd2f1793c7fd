import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { planRun } from "../../lib/pipeline/run-manifest";
import { runTask } from "../../lib/pipeline/run-task";
import { STAGES } from "../../lib/pipeline/completion-record";
import { corpusConfig, makeCorpus } from "./pipeline-corpus";
import { slurmMissing, startSlurm, type SingleNodeSlurm } from "./single-node-slurm";

const missing = slurmMissing();
const dir = mkdtempSync(join(tmpdir(), "uyd-slurm-"));
let slurm: SingleNodeSlurm | undefined;
after(async () => { await slurm?.stop(); rmSync(dir, { recursive: true, force: true }); });

describe("the curate pipeline under a real single-node Slurm", { skip: missing ?? false }, () => {
  it("runs through sbatch --array and gives the local run's outputs byte for byte", { timeout: 240000 }, async () => {
    makeCorpus(dir, 12);
    const shards = 2;
    const local = corpusConfig(dir, "local", shards);
    await planRun(local);
    for (const stage of STAGES) for (let s = 0; s < (stage === "map" || stage === "filter" ? shards : 1); s++) await runTask(local.output, stage, s);
    const config = join(dir, "slurm.json");
    writeFileSync(config, JSON.stringify({ inputs: [{ glob: join(dir, "in", "*.jsonl.gz"), language: "en", licence: "public domain" }], output: join(dir, "slurm-run"), shards }));
    slurm = await startSlurm(join(dir, "cluster"));
    const r = spawnSync("deploy/slurm/submit.sh", [config, "--wait"], { env: { ...process.env, ...slurm.env }, encoding: "utf8", timeout: 200000 });
    assert.equal(r.status, 0, `submit failed: ${r.stdout}\n${r.stderr}\n${slurm.log()}`);
    assert.match(r.stdout, /submitted: map \d+, dedup \d+, filter \d+/);
    for (let s = 0; s < shards; s++) {
      const part = `out/final/part-${s}-of-${shards}.jsonl.gz`;
      assert.ok(readFileSync(join(dir, "slurm-run", part)).equals(readFileSync(join(local.output, part))), part);
    }
    for (const f of ["report.json", "card.md"]) assert.equal(readFileSync(join(dir, "slurm-run", "dataset", f), "utf8"), readFileSync(join(local.output, "dataset", f), "utf8"), f);
    const done = JSON.parse(readFileSync(join(dir, "slurm-run", "_done", "map", "1.json"), "utf8"));
    assert.equal(done.shard, 1);
  });
});
