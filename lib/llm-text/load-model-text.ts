import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MissingDataError } from "../errors/workshop-error";

/** One model-written paragraph from data/llm-text/model/*.jsonl. */
export interface ModelText {
  id: string;
  kind: "generated" | "polished";
  /** Id of the human State of the Union paragraph it was made from (see sotuParagraphs). */
  sourceId: string;
  /** For "generated": the one-line topic it was written from. */
  topic?: string;
  text: string;
  author: string;
}

/** Options for {@link loadModelText}. */
export interface LoadModelTextOptions {
  /** Folder of the JSONL files. Default "data/llm-text/model". */
  dir?: string;
  /** Keep only this kind. Default: both. */
  kind?: "generated" | "polished";
}

/**
 * Reads the model-written paragraphs bundled with the lab (every file in `dir` ending in
 * .jsonl, in name order). Lines that are blank are skipped; a line that is not valid JSON
 * throws with the file and line number, since the data set is meant to be exact.
 *
 * @example
 * const generated = loadModelText({ kind: "generated" });
 * generated[0].topic;
 */
export function loadModelText(options: LoadModelTextOptions = {}): ModelText[] {
  const { dir = "data/llm-text/model", kind } = options;
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort();
  } catch {
    throw new MissingDataError(`Expected a folder of .jsonl files at '${dir}', found none.`,
      "Run from the project root (the kernel does), or pass { dir } pointing at data/llm-text/model.");
  }
  const out: ModelText[] = [];
  for (const f of files) {
    readFileSync(join(dir, f), "utf8").split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      let rec: ModelText;
      try { rec = JSON.parse(line); } catch (e) {
        throw new MissingDataError(`Expected one JSON object per line in ${f}, line ${i + 1} is not valid JSON.`,
          "Restore the file from git; the bundled data must not be edited by hand.");
      }
      if (!kind || rec.kind === kind) out.push(rec);
    });
  }
  return out;
}
