import { InputError } from "../errors/workshop-error";

/** The environment variables array schedulers set to a task's index, in the order they are read. */
export const SHARD_ENV_VARS = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"];

/**
 * A worker's shard index: `--shard i` when given, else the first of
 * SLURM_ARRAY_TASK_ID (Slurm job arrays), JOB_COMPLETION_INDEX (Kubernetes Indexed
 * Jobs) and AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array jobs) that is set, else
 * `fallback` (undefined: an error).
 *
 * @example
 * shardIndex(undefined, { SLURM_ARRAY_TASK_ID: "3" }) // 3
 */
export function shardIndex(flag: string | undefined, env: Record<string, string | undefined> = process.env, fallback?: number): number {
  const name = flag !== undefined ? "--shard" : SHARD_ENV_VARS.find((v) => env[v] !== undefined && env[v] !== "");
  const raw = flag ?? (name ? env[name] : undefined);
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new InputError("No shard index: no --shard and none of " + SHARD_ENV_VARS.join(", ") + " is set.", "Pass --shard i, or run the worker as a task of a job array.");
  }
  const i = Number(raw);
  if (!/^\d+$/.test(String(raw).trim()) || !Number.isSafeInteger(i)) throw new InputError(`Expected a shard index (a whole number >= 0) in ${name}, got '${raw}'.`, "Check the array range of the job (0-based).");
  return i;
}
