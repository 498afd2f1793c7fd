import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { completionMatches, STAGES, type Stage } from "./completion-record";
import { manifestHash, readRunManifest } from "./run-manifest";
import type { TaskProgress } from "./task-context";

/** A task's life as the local runner reports it. */
export type LocalRunEvent =
  | { type: "start"; stage: Stage; shard: number; of: number }
  | { type: "progress"; stage: Stage; shard: number; of: number; progress: TaskProgress }
  | { type: "end"; stage: Stage; shard: number; of: number; status: "done" | "skipped" | "failed"; reason?: string };

/** Options for {@link runLocal}. */
export interface RunLocalOptions {
  /** Worker processes at a time (default the core count). */
  workers?: number;
  /** Called for every start, progress and end of a task. */
  onEvent?: (e: LocalRunEvent) => void;
  /** Extra environment for the workers (tests use it to slow a worker down). */
  env?: Record<string, string>;
}

/** How a local run ended. */
export interface LocalRunResult {
  ok: boolean;
  /** Tasks that ran / were skipped, per stage. */
  ran: { stage: Stage; shard: number }[];
  skipped: { stage: Stage; shard: number }[];
  failed: { stage: Stage; shard: number; reason: string }[];
}

/**
 * Runs a planned run on this machine: each task in its own worker process (`bin/curate.ts
 * worker`, the same entry point a cluster runs), at most `workers` at a time, stage by
 * stage. Tasks with a matching completion record are skipped, so a rerun retries only
 * what failed. A failed task is reported with its reason while the others of its stage
 * finish; the next stage starts only when every task of this one is done.
 *
 * @example
 * const r = await runLocal("out/curate/fixtures", { workers: 2 });
 * r.failed // [{ stage: "map", shard: 1, reason: "'…/bad.jsonl.gz': the file ends early …" }]
 */
export async function runLocal(runDir: string, options: RunLocalOptions = {}): Promise<LocalRunResult> {
  const { workers = cpus().length, onEvent = () => undefined } = options;
  const manifest = readRunManifest(runDir);
  const hash = manifestHash(manifest);
  const result: LocalRunResult = { ok: true, ran: [], skipped: [], failed: [] };
  const bin = join(projectRoot(), "bin", "curate.ts");
  for (const stage of STAGES) {
    const of = stage === "map" || stage === "filter" ? manifest.shards : 1;
    const todo: number[] = [];
    for (let s = 0; s < of; s++) {
      if (completionMatches(runDir, stage, s, of, hash)) { result.skipped.push({ stage, shard: s }); onEvent({ type: "end", stage, shard: s, of, status: "skipped" }); }
      else todo.push(s);
    }
    const runOne = (shard: number) => new Promise<void>((resolveTask) => {
      onEvent({ type: "start", stage, shard, of });
      const child = spawn(process.execPath, ["--import", "tsx", bin, "worker", "--run", runDir, "--stage", stage, "--shard", String(shard)],
        { cwd: process.cwd(), stdio: ["ignore", "ignore", "pipe", "ipc"], env: { ...process.env, ...options.env } });
      let reason = "";
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
      child.on("message", (m: { type: string; progress?: TaskProgress; message?: string }) => {
        if (m.type === "progress" && m.progress) onEvent({ type: "progress", stage, shard, of, progress: m.progress });
        if (m.type === "error" && m.message) reason = m.message;
      });
      child.on("close", (code, signal) => {
        if (code === 0) { result.ran.push({ stage, shard }); onEvent({ type: "end", stage, shard, of, status: "done" }); }
        else {
          const why = reason || (signal ? `worker killed by ${signal}` : stderr.trim().split("\n").pop() || `worker exited with code ${code}`);
          result.failed.push({ stage, shard, reason: why });
          onEvent({ type: "end", stage, shard, of, status: "failed", reason: why });
        }
        resolveTask();
      });
    });
    const queue = todo.slice();
    await Promise.all(Array.from({ length: Math.min(workers, queue.length) }, async () => {
      while (queue.length) await runOne(queue.shift()!);
    }));
    if (result.failed.length) { result.ok = false; break; }
  }
  return result;
}
