// Small seeded inputs for the pipeline tests: State of the Union paragraphs in several
// JSON Lines files, with exact and near duplicates planted ACROSS files (so across shards),
// a little PII and gibberish. Not a test file itself.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";
import { resolveConfig, type PipelineConfig } from "../../lib/pipeline/pipeline-config";

export const FILES = 6;

/** Writes FILES files of `perFile` documents under dir/in and returns their paths. */
export function makeCorpus(dir: string, perFile = 24, words = 1): string[] {
  const paras = sotuParagraphs({ from: 1990, to: 2010 }).map((p) => p.text);
  const paths: string[] = [];
  mkdirSync(join(dir, "in"), { recursive: true });
  let n = 0;
  const docs: string[] = [];
  for (let f = 0; f < FILES; f++) {
    const lines: string[] = [];
    for (let i = 0; i < perFile; i++, n++) {
      let text = paras.slice(n * 2 * words, n * 2 * words + 2 * words).join(" ");
      if (n % 11 === 5 && docs.length > 8) text = docs[n - 7];                                   // exact duplicate of an earlier file's doc
      else if (n % 13 === 6 && docs.length > 30) text = docs[n - 29].replace(/\bthe\b/, "a");     // near duplicate
      else if (n % 17 === 3) text += " Write to jane.roe@example.org for details.";               // PII
      else if (n % 19 === 4) text = Array.from({ length: 60 }, (_, k) => "qzxv" + "bcdfg"[k % 5].repeat(1 + (k % 4))).join(" "); // junk (flagged as repetition)
      docs.push(text);
      lines.push(JSON.stringify({ id: `t-${n}`, text }));
    }
    const p = join(dir, "in", `part-${f}.jsonl.gz`);
    writeFileSync(p, gzipSync(lines.join("\n") + "\n"));
    paths.push(p);
  }
  return paths;
}

/** A config over dir/in with its run folder at dir/<name>. */
export function corpusConfig(dir: string, name: string, shards: number, extra: Partial<PipelineConfig> = {}): PipelineConfig {
  return { ...resolveConfig({ inputs: [{ glob: join(dir, "in", "*.jsonl.gz"), language: "en", licence: "public domain" }], output: join(dir, name), shards }, dir, name), ...extra };
}
