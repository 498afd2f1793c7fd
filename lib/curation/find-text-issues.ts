import { createHash } from "node:crypto";
import { InputError } from "../errors/workshop-error";
import { measureText, type TextStats } from "./measure-text";
import { estimateJaccard, minHash } from "./min-hash";
import { flagText, MIN_WORDS_TO_JUDGE, scoreText, TEXT_THRESHOLDS, type TextScores } from "./score-text";

/** One row per document. A document that is not a string has `ok: false` and NaN scores. */
export interface TextIssueRow {
  id: string;
  ok: boolean;
  error?: string;
  chars: number;
  words: number;
  /** gzip size / UTF-8 size (see compressionRatio). */
  compressionRatio: number;
  scores: TextScores;
  /** Score names at or over their threshold, then exactDuplicate / nearDuplicate / unreadable. */
  flags: string[];
  /** The first earlier document with the same text (whitespace and case ignored). */
  exactDuplicateOf?: string;
  /** Other documents whose estimated word-3-gram Jaccard similarity is >= the threshold. */
  nearDuplicates?: string[];
  stats?: TextStats;
}

export interface FindTextIssuesOptions {
  /** Per-issue flag thresholds on the 0-1 scores (default TEXT_THRESHOLDS). */
  thresholds?: Partial<TextScores>;
  /** Min estimated Jaccard similarity (word 3-gram MinHash) for a near-duplicate (default 0.43, tuned like TEXT_THRESHOLDS). */
  nearDuplicateSimilarity?: number;
}

const NAN_SCORES = Object.fromEntries(Object.keys(TEXT_THRESHOLDS).map((k) => [k, NaN])) as unknown as TextScores;

/**
 * Scans documents for repetition, gibberish, boilerplate, mojibake, extreme length, and
 * exact and near duplicates (MinHash with LSH banding: 32 bands of 4 rows). One row per
 * document, in order; a bad item gets a row with the reason and the scan goes on. Of
 * each duplicate group the first document stays unflagged.
 *
 * @example
 * const rows = findTextIssues([{ id: "a", text: "..." }, "plain strings get ids doc-1, doc-2, ..."]);
 * rows.filter((r) => r.flags.includes("gibberish")).map((r) => r.id);
 */
export function findTextIssues(docs: (string | { id: string; text: string })[], options: FindTextIssuesOptions = {}): TextIssueRow[] {
  if (!Array.isArray(docs)) throw new InputError(`Expected an array of documents, got ${typeof docs}.`, "Pass strings or { id, text } objects.");
  const { nearDuplicateSimilarity = 0.43 } = options;
  const thresholds = { ...TEXT_THRESHOLDS, ...options.thresholds };
  const items = docs.map((d, i) => (typeof d === "object" && d !== null ? { id: String(d.id ?? `doc-${i}`), text: d.text as unknown } : { id: `doc-${i}`, text: d as unknown }));
  const stats = items.map((it) => (typeof it.text === "string" ? measureText(it.text) : null));
  const lengths = stats.filter((s): s is TextStats => s !== null).map((s) => s.chars).sort((a, b) => a - b);
  const medianChars = lengths.length ? lengths[Math.floor(lengths.length / 2)] : 0;
  const firstByHash = new Map<string, string>();
  const rows: TextIssueRow[] = items.map((it, i) => {
    const s = stats[i];
    if (s === null) {
      const error = `text is ${it.text === null ? "null" : typeof it.text}, not a string`;
      return { id: it.id, ok: false, error, chars: 0, words: 0, compressionRatio: NaN, scores: { ...NAN_SCORES }, flags: ["unreadable"] };
    }
    const scores = scoreText(s, medianChars);
    const row: TextIssueRow = { id: it.id, ok: true, chars: s.chars, words: s.words, compressionRatio: s.compressionRatio, scores, flags: flagText(scores, s.words, thresholds), stats: s };
    const key = createHash("sha256").update((it.text as string).replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
    const first = firstByHash.get(key);
    if (first === undefined) firstByHash.set(key, it.id);
    else {
      row.exactDuplicateOf = first;
      row.flags.push("exactDuplicate");
    }
    return row;
  });
  markNearDuplicates(rows, items.map((it) => it.text), nearDuplicateSimilarity);
  return rows;
}

function markNearDuplicates(rows: TextIssueRow[], texts: unknown[], threshold: number): void {
  const idx = rows.map((r, i) => i).filter((i) => rows[i].ok && !rows[i].exactDuplicateOf && rows[i].words >= MIN_WORDS_TO_JUDGE);
  const sigs = new Map(idx.map((i) => [i, minHash(texts[i] as string)]));
  const buckets = new Map<string, number[]>();
  for (const i of idx) {
    const sig = sigs.get(i)!;
    for (let band = 0; band < 32; band++) {
      const key = `${band}:${sig.subarray(band * 4, band * 4 + 4).join(",")}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  }
  const seen = new Set<string>();
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [i, j] = [list[a], list[b]];
        if (seen.has(`${i},${j}`)) continue;
        seen.add(`${i},${j}`);
        if (estimateJaccard(sigs.get(i)!, sigs.get(j)!) < threshold) continue;
        (rows[i].nearDuplicates ??= []).push(rows[j].id);
        (rows[j].nearDuplicates ??= []).push(rows[i].id);
        if (!rows[j].flags.includes("nearDuplicate")) rows[j].flags.push("nearDuplicate");
      }
    }
  }
}
