import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../data/write-file-atomic";
import { InputError } from "../errors/workshop-error";
import { ASSIGNMENT_RULE, assignShards } from "./assign-shards";
import { codeVersion, type CodeVersion } from "./code-version";
import { fileSha256 } from "./file-sha256";
import { configInputFiles, type InputSpec, type PipelineConfig } from "./pipeline-config";

/** One input file as the manifest pins it. */
export interface ManifestInput extends Omit<InputSpec, "glob"> {
  path: string;
  bytes: number;
  sha256: string;
  /** The shard that reads it. */
  shard: number;
}

/** Written once before launch; every task reads it and checks itself against it. */
export interface RunManifest {
  version: 1;
  inputs: ManifestInput[];
  shards: number;
  assignment: string;
  config: Omit<PipelineConfig, "output" | "shards">;
  code: CodeVersion;
  /** Models whose weights decide what is kept: none (every step here is rules and hashes). */
  models: { name: string; sha256: string }[];
  seed: number;
}

/** The manifest's own hash: the key every completion record must carry. */
export function manifestHash(m: RunManifest): string {
  return createHash("sha256").update(JSON.stringify(m)).digest("hex");
}

/** Reads `<run>/manifest.json`, or fails with a hint to plan first. */
export function readRunManifest(runDir: string): RunManifest {
  const path = join(runDir, "manifest.json");
  if (!existsSync(path)) throw new InputError(`No run manifest at '${path}'.`, "Plan the run first: npm run curate -- <config> plan.");
  return JSON.parse(readFileSync(path, "utf8")) as RunManifest;
}

export interface PlanRunOptions {
  /** Shards (default config.shards). */
  shards?: number;
  /** Code version to record (default codeVersion()). */
  code?: CodeVersion;
}

/**
 * Writes the run manifest once: the sorted inputs with bytes and SHA-256, the shard of
 * each, the assignment rule, the config, the code version and the seed. An identical
 * manifest already there is kept (its completion records stay valid); a different one
 * is replaced and the run's old outputs are removed, so every shard is rewritten.
 *
 * @example
 * const { manifest, replaced } = await planRun(readPipelineConfig("deploy/configs/fixtures.yaml"), { shards: 4 });
 */
export async function planRun(config: PipelineConfig, options: PlanRunOptions = {}): Promise<{ manifest: RunManifest; path: string; replaced: boolean; kept: boolean }> {
  const shards = options.shards ?? config.shards;
  if (!Number.isInteger(shards) || shards < 1) throw new InputError(`Expected shards >= 1, got ${shards}.`, "Pass --shards 2.");
  const files = configInputFiles(config);
  const inputs: ManifestInput[] = [];
  for (const f of files) {
    const { glob: _g, ...meta } = f.spec;
    inputs.push({ path: f.path, bytes: statSync(f.path).size, sha256: await fileSha256(f.path), shard: 0, ...meta });
  }
  assignShards(inputs, shards).forEach((s, i) => { inputs[i].shard = s; });
  const { output: _o, shards: _s, ...rest } = config;
  const manifest: RunManifest = {
    version: 1, inputs, shards, assignment: ASSIGNMENT_RULE, config: rest,
    code: options.code ?? codeVersion(), models: [], seed: config.seed,
  };
  const path = join(config.output, "manifest.json");
  const body = JSON.stringify(manifest, null, 1) + "\n";
  if (existsSync(path) && readFileSync(path, "utf8") === body) return { manifest, path, replaced: false, kept: true };
  const replaced = existsSync(path);
  for (const d of ["out", "stats", "_done", "dataset"]) rmSync(join(config.output, d), { recursive: true, force: true });
  writeFileAtomic(path, body);
  return { manifest, path, replaced, kept: false };
}
