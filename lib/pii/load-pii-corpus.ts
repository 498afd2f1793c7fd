import { readFileSync } from "node:fs";
import { MissingDataError } from "../errors/workshop-error";
import type { LabelledDoc } from "./evaluate-pii";

/** One document of the labelled PII corpus. */
export interface PIICorpusDoc extends LabelledDoc {
  id: string;
  /** email, form, letter, chat, log, csv, notes, bio, invoice... */
  kind: string;
  /** Faker locale the values came from: en_US, en_GB, de or fr. */
  locale: string;
  spans: { type: string; start: number; end: number; text: string }[];
  /** True for a hard-negative document of corpus-second.jsonl: look-alikes only, no span of a type reported by default. */
  hardNegative?: boolean;
  /** Planted look-alikes that are not PII (order numbers, ISBNs, non-Luhn numbers...). */
  negatives: { kind: string; text: string }[];
}

/** Options of {@link loadPIICorpus}. */
export interface LoadPIICorpusOptions {
  /** JSONL file (default "data/pii/corpus.jsonl", relative to the working directory). */
  path?: string;
}

/**
 * Loads the labelled PII corpus made by data/pii/make-corpus.ts.
 *
 * @example
 * const docs = loadPIICorpus();
 * docs.length; // 480
 */
export function loadPIICorpus(options: LoadPIICorpusOptions = {}): PIICorpusDoc[] {
  const { path = "data/pii/corpus.jsonl" } = options;
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new MissingDataError(`No PII corpus at '${path}'.`,
      "Run `npx tsx data/pii/make-corpus.ts` from the project root, or pass {path}.");
  }
  return raw.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as PIICorpusDoc);
}
