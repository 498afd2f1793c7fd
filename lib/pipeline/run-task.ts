import { relative } from "node:path";
import { writeFileAtomic } from "../data/write-file-atomic";
import { InputError } from "../errors/workshop-error";
import { clearCompletion, completionMatches, taskPaths, writeCompletion, type Stage } from "./completion-record";
import { dedupReduce } from "./dedup-reduce";
import { filterShard } from "./filter-shard";
import { finalizeRun } from "./finalize-run";
import { mapShard } from "./map-shard";
import { manifestHash, readRunManifest } from "./run-manifest";
import type { TaskContext, TaskProgress, TaskResult } from "./task-context";

const STEPS: Record<Stage, (ctx: TaskContext) => Promise<TaskResult>> = { map: mapShard, dedup: dedupReduce, filter: filterShard, finalize: finalizeRun };

/** Options for {@link runTask}. */
export interface RunTaskOptions {
  /** Called as the task goes (units done of total). */
  onProgress?: (p: TaskProgress) => void;
}

/** How a task ended: it ran, or a matching completion record let it skip. */
export interface TaskOutcome { stage: Stage; shard: number; of: number; status: "done" | "skipped"; docsIn?: number; docsOut?: number }

/**
 * Runs one task of a planned run — the body of every worker, local or on a cluster.
 * `map` and `filter` have one task per shard (`shard` of manifest.shards); `dedup` and
 * `finalize` have one (shard 0 of 1). A task whose completion record matches the
 * manifest is skipped; otherwise its old record is removed, its outputs rewritten from
 * scratch (each to a temporary name, renamed when complete), then `stats/<stage>/<i>.json`
 * and, last, `_done/<stage>/<i>.json`.
 *
 * @example
 * await runTask("out/curate/fixtures", "map", Number(process.env.SLURM_ARRAY_TASK_ID));
 */
export async function runTask(runDir: string, stage: Stage, shard: number, options: RunTaskOptions = {}): Promise<TaskOutcome> {
  if (!(stage in STEPS)) throw new InputError(`Unknown stage '${stage}'.`, "Use map, dedup, filter or finalize.");
  const manifest = readRunManifest(runDir);
  const of = stage === "map" || stage === "filter" ? manifest.shards : 1;
  if (!Number.isInteger(shard) || shard < 0 || shard >= of) {
    throw new InputError(`Expected a shard index in 0..${of - 1} for stage ${stage}, got ${shard}.`, "Pass --shard i, or set SLURM_ARRAY_TASK_ID / JOB_COMPLETION_INDEX / AWS_BATCH_JOB_ARRAY_INDEX.");
  }
  const hash = manifestHash(manifest);
  if (completionMatches(runDir, stage, shard, of, hash)) return { stage, shard, of, status: "skipped" };
  clearCompletion(runDir, stage, shard);
  const started = performance.now();
  const result = await STEPS[stage]({ runDir, manifest, shard, of, onProgress: options.onProgress });
  const outputs = result.outputs.map((o) => ({ ...o, path: relative(runDir, o.path) }));
  const paths = taskPaths(runDir, stage, shard, of);
  writeFileAtomic(paths.stats, JSON.stringify({
    stage, shard, of, docsIn: result.docsIn, docsOut: result.docsOut, bytesIn: result.bytesIn, drops: result.drops,
    seconds: Math.round(performance.now() - started) / 1000, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }, null, 1) + "\n");
  writeCompletion(runDir, { stage, shard, of, manifest: hash, inputs: result.inputs, outputs });
  return { stage, shard, of, status: "done", docsIn: result.docsIn, docsOut: result.docsOut };
}
