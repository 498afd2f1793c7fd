import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import type * as Yaml from "yaml";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";
import { expandGlob } from "./expand-glob";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const YAML = lazyModule<typeof Yaml>(() => require("yaml"));

/** One group of input files and the metadata every document in them carries. */
export interface InputSpec {
  /** A path or a glob (`*` inside one folder level, `**` for any depth), relative to the config file. */
  glob: string;
  /** Language of the documents, when the source says so (a record's own field or WET header wins). */
  language?: string;
  /** Licence of the source, copied onto every document. */
  licence?: string;
  /** Record field with the text / the id for these files (default the config's textField / idField). */
  textField?: string;
  idField?: string;
}

/** What `npm run curate -- <config>` reads (YAML or JSON). Every field but `inputs` has a default. */
export interface PipelineConfig {
  inputs: InputSpec[];
  /** Run folder: manifest, out/, stats/, _done/ (default "out/curate/<config name>", relative to the working folder). */
  output: string;
  /** Number of shards (default 2); `--shards` overrides it. */
  shards: number;
  /** Run seed (default 0): seeds the PII pseudonyms; MinHash permutations are fixed in lib/curation. */
  seed: number;
  /** Field of a JSONL/Parquet record that holds the text (default "text") and the id (default "id"). */
  textField: string;
  idField: string;
  filters: {
    /** Text-issue flags (lib/curation flagText) that drop a document (default all five). */
    drop: string[];
    /** Flag thresholds (default TEXT_THRESHOLDS). */
    thresholds: Record<string, number>;
    /** Reference length for extremeLength, in characters (default 0 = not judged: a corpus median is not known shard by shard). */
    referenceChars: number;
    /** Documents with fewer words are dropped as tooShort (default 0 = none). */
    minWords: number;
  };
  /** "redact" (default) replaces PII (lib/pii redact), "drop" drops documents with PII, "flag" only counts, "off" skips. */
  pii: { mode: "redact" | "drop" | "flag" | "off"; redactMode: "tag" | "mask" | "pseudonym" | "hash" };
  /** LLM markers (lib/llm-text): tell-tale phrases and Gray's marker words per 1000 words; drop on a tell-tale phrase (default false). */
  llm: { dropTellTale: boolean };
  /** Exact (content hash) and near (MinHash, Jaccard >= similarity) duplicates across ALL shards. */
  dedup: { exact: boolean; near: boolean; similarity: number };
}

/** The config as given, before defaults. */
export type PipelineConfigInput = Partial<Omit<PipelineConfig, "inputs" | "filters" | "pii" | "llm" | "dedup">> & {
  inputs: (string | InputSpec)[];
  filters?: Partial<PipelineConfig["filters"]>;
  pii?: Partial<PipelineConfig["pii"]>;
  llm?: Partial<PipelineConfig["llm"]>;
  dedup?: Partial<PipelineConfig["dedup"]>;
};

const DROP = ["repetition", "gibberish", "boilerplate", "mojibake", "extremeLength"];

/**
 * Fills in the defaults of a pipeline config. Input globs are resolved against `base`
 * (the config file's folder) and stored relative to the working folder when inside it.
 *
 * @example
 * resolveConfig({ inputs: ["data/sources/fixtures/madlad/data/*\/*.jsonl.gz"] }, process.cwd()).shards // 2
 */
export function resolveConfig(raw: PipelineConfigInput, base: string, name = "run"): PipelineConfig {
  if (!raw || !Array.isArray(raw.inputs) || raw.inputs.length === 0) {
    throw new InputError("A pipeline config needs a non-empty `inputs` list.", "Add e.g. `inputs: [\"data/sources/fixtures/madlad/data/*/*.jsonl.gz\"]`.");
  }
  const here = (p: string) => { const abs = isAbsolute(p) ? p : resolve(base, p); const rel = relative(process.cwd(), abs); return rel.startsWith("..") || isAbsolute(rel) ? abs : rel; };
  const inputs = raw.inputs.map((i) => (typeof i === "string" ? { glob: i } : { ...i })).map((i) => ({ ...i, glob: here(i.glob) }));
  const shards = raw.shards ?? 2;
  if (!Number.isInteger(shards) || shards < 1) throw new InputError(`Expected shards to be a whole number >= 1, got ${shards}.`, "Set `shards: 4` or pass --shards 4.");
  return {
    inputs, shards, output: raw.output ?? `out/curate/${name}`, seed: raw.seed ?? 0,
    textField: raw.textField ?? "text", idField: raw.idField ?? "id",
    filters: { drop: DROP, thresholds: {}, referenceChars: 0, minWords: 0, ...raw.filters },
    pii: { mode: "redact", redactMode: "tag", ...raw.pii },
    llm: { dropTellTale: false, ...raw.llm },
    dedup: { exact: true, near: true, similarity: 0.43, ...raw.dedup },
  };
}

/**
 * Reads a pipeline config file (YAML or JSON) and fills in its defaults.
 *
 * @example
 * const config = readPipelineConfig("deploy/configs/fixtures.yaml");
 */
export function readPipelineConfig(path: string): PipelineConfig {
  if (!existsSync(path)) throw new InputError(`No config file at '${path}'.`, "Pass the path of a YAML or JSON pipeline config, e.g. deploy/configs/fixtures.yaml.");
  let raw: PipelineConfigInput;
  try {
    raw = YAML.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new InputError(`'${path}' is not valid YAML/JSON: ${(err as Error).message}`, "Check the indentation near the line named.");
  }
  const name = path.replace(/^.*\//, "").replace(/\.(ya?ml|json)$/, "");
  return resolveConfig(raw, dirname(resolve(path)), name);
}

/** Every input file of a config, sorted, without repeats (a glob that matches nothing fails). */
export function configInputFiles(config: PipelineConfig): { path: string; spec: InputSpec }[] {
  const seen = new Map<string, InputSpec>();
  for (const spec of config.inputs) {
    const files = expandGlob(spec.glob);
    if (files.length === 0) throw new InputError(`The input '${spec.glob}' matches no file.`, "Check the path; globs use * within a folder and ** across folders.");
    for (const f of files) if (!seen.has(f)) seen.set(f, spec);
  }
  return [...seen.keys()].sort().map((path) => ({ path, spec: seen.get(path)! }));
}
