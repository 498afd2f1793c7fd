import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../data/write-file-atomic";
import { InputError } from "../errors/workshop-error";
import { completionMatches, readCompletion, taskPaths, type Stage } from "./completion-record";
import { fileSha256 } from "./file-sha256";
import { manifestHash } from "./run-manifest";
import { datasetCard } from "./dataset-card";
import { summarizeRun } from "./summarize-run";
import type { TaskContext, TaskResult } from "./task-context";

/**
 * Stage 4, one task: checks every completion record of the run (it names this
 * manifest, and each output it lists hashes to its recorded SHA-256), then writes
 * `dataset/manifest.json` (the final parts, and the SHA-256 of their concatenation in
 * shard order — the same for any shard count), `dataset/report.json` + `report.md`
 * (what was dropped and why, from DuckDB over the stats) and `dataset/card.md`.
 *
 * @example
 * await finalizeRun({ runDir, manifest, shard: 0, of: 1 });
 */
export async function finalizeRun(ctx: TaskContext): Promise<TaskResult> {
  const { runDir, manifest } = ctx;
  const N = manifest.shards;
  const hash = manifestHash(manifest);
  const tasks: [Stage, number, number][] = [];
  for (let s = 0; s < N; s++) tasks.push(["map", s, N]);
  tasks.push(["dedup", 0, 1]);
  for (let s = 0; s < N; s++) tasks.push(["filter", s, N]);
  const problems: string[] = [];
  for (const [stage, shard, of] of tasks) {
    if (!completionMatches(runDir, stage, shard, of, hash)) { problems.push(`${stage} ${shard}: no completion record for this manifest`); continue; }
    for (const o of readCompletion(runDir, stage, shard)!.outputs) {
      if ((await fileSha256(join(runDir, o.path))) !== o.sha256) problems.push(`${stage} ${shard}: ${o.path} does not match its recorded SHA-256`);
    }
  }
  if (problems.length) throw new InputError(`The run is not complete: ${problems.join("; ")}.`, "Rerun the run: only the tasks named run again.");
  const all = createHash("sha256");
  const parts = [];
  let bytes = 0, docs = 0;
  for (let s = 0; s < N; s++) {
    const o = readCompletion(runDir, "filter", s)!.outputs[0];
    for await (const chunk of createReadStream(join(runDir, o.path))) all.update(chunk as Buffer);
    const stats = JSON.parse(readFileSync(taskPaths(runDir, "filter", s, N).stats, "utf8")) as { docsOut: number };
    parts.push({ ...o, docs: stats.docsOut });
    bytes += o.bytes; docs += stats.docsOut;
  }
  const summary = await summarizeRun(runDir, N);
  const dataset = { run: hash, code: manifest.code, seed: manifest.seed, docs, bytes, sha256: all.digest("hex"), parts };
  const dir = join(runDir, "dataset");
  writeFileAtomic(join(dir, "report.json"), JSON.stringify(summary, null, 1) + "\n");
  writeFileAtomic(join(dir, "report.md"), summary.markdown);
  writeFileAtomic(join(dir, "card.md"), datasetCard(manifest, summary, { docs, sha256: dataset.sha256 }));
  writeFileAtomic(join(dir, "manifest.json"), JSON.stringify(dataset, null, 1) + "\n");
  const outputs = await Promise.all(["report.json", "report.md", "card.md", "manifest.json"].map(async (f) => {
    const p = join(dir, f);
    const body = readFileSync(p);
    return { path: p, bytes: body.length, sha256: await fileSha256(p) };
  }));
  return { inputs: [], outputs, docsIn: summary.docsIn, docsOut: docs, bytesIn: 0, drops: [] };
}
