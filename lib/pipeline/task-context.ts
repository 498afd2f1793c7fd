import type { DropCount } from "./drop-counter";
import type { WrittenFile } from "./part-writer";
import type { RunManifest } from "./run-manifest";

/** Progress of a running task: units done of total, and documents seen so far. */
export interface TaskProgress { done: number; total: number; docs: number }

/** What a stage's task gets. */
export interface TaskContext {
  runDir: string;
  manifest: RunManifest;
  shard: number;
  of: number;
  onProgress?: (p: TaskProgress) => void;
}

/** What a stage's task hands back for its stats and completion record. */
export interface TaskResult {
  inputs: { path: string; sha256: string }[];
  outputs: WrittenFile[];
  docsIn: number;
  docsOut: number;
  bytesIn: number;
  drops: DropCount[];
}
