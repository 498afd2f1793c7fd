import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../data/write-file-atomic";
import type { WrittenFile } from "./part-writer";

/** The stages of a run, in order; `dedup` and `finalize` are one task each. */
export type Stage = "map" | "dedup" | "filter" | "finalize";
export const STAGES: Stage[] = ["map", "dedup", "filter", "finalize"];

/** `_done/<stage>/<i>.json`: written last, after the outputs and the stats. */
export interface CompletionRecord {
  stage: Stage;
  shard: number;
  of: number;
  /** manifestHash() of the run manifest the task ran under. */
  manifest: string;
  /** The shard's input files (path, sha256) as the manifest pinned them. */
  inputs: { path: string; sha256: string }[];
  /** Output files, relative to the run folder, with bytes and SHA-256. */
  outputs: WrittenFile[];
}

/** Paths of one task's files inside a run folder. */
export function taskPaths(runDir: string, stage: Stage, shard: number, of: number) {
  return {
    part: (name: string) => join(runDir, "out", name, `part-${shard}-of-${of}.jsonl.gz`),
    stats: join(runDir, "stats", stage, `${shard}.json`),
    done: join(runDir, "_done", stage, `${shard}.json`),
  };
}

/** Reads a task's completion record, or null. */
export function readCompletion(runDir: string, stage: Stage, shard: number): CompletionRecord | null {
  const p = join(runDir, "_done", stage, `${shard}.json`);
  if (!existsSync(p)) return null;
  try { return JSON.parse(readFileSync(p, "utf8")) as CompletionRecord; } catch { return null; }
}

/**
 * Whether a task is done under this manifest: its record names the same manifest hash,
 * shard and count, and every output it lists is there with the recorded size (the final
 * step re-hashes them). Anything else means: rewrite from scratch.
 *
 * @example
 * completionMatches("out/curate/run", "map", 0, 2, manifestHash(m)) // true after a finished shard
 */
export function completionMatches(runDir: string, stage: Stage, shard: number, of: number, manifest: string): boolean {
  const r = readCompletion(runDir, stage, shard);
  if (!r || r.stage !== stage || r.shard !== shard || r.of !== of || r.manifest !== manifest) return false;
  return r.outputs.every((o) => { const p = join(runDir, o.path); return existsSync(p) && statSync(p).size === o.bytes; });
}

/** Removes a stale record before a task rewrites its outputs. */
export function clearCompletion(runDir: string, stage: Stage, shard: number): void {
  rmSync(join(runDir, "_done", stage, `${shard}.json`), { force: true });
}

/** Writes the completion record atomically (temp + rename). */
export function writeCompletion(runDir: string, record: CompletionRecord): void {
  writeFileAtomic(join(runDir, "_done", record.stage, `${record.shard}.json`), JSON.stringify(record, null, 1) + "\n");
}
