import { InputError } from "../errors/workshop-error";
import { fBeta } from "./f-beta";

/** A span with a type: a gold label or a detector's match. */
export interface TypedSpan { type: string; start: number; end: number }
/** A labelled document, e.g. one line of data/pii/corpus.jsonl. */
export interface LabelledDoc { text: string; spans: TypedSpan[] }
/** Scores of one entity type (or of all types together for `overall`). */
export interface PIIScoreRow {
  type: string; support: number; predicted: number; tp: number; fp: number; fn: number;
  precision: number; recall: number; f2: number;
}

/** Options of {@link evaluatePII}. */
export interface EvaluatePIIOptions {
  /** Types to score (default: every type in the labels or the predictions). */
  types?: string[];
  /** Weight of recall in the F score (default 2: F2). */
  beta?: number;
  /** Least intersection-over-union for a prediction to count as finding a label (default 0.5). */
  minOverlap?: number;
}

function iou(a: TypedSpan, b: TypedSpan): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

function row(type: string, tp: number, fp: number, fn: number, beta: number): PIIScoreRow {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  return { type, support: tp + fn, predicted: tp + fp, tp, fp, fn, precision, recall, f2: fBeta(precision, recall, beta) };
}

/** A prediction that matched no label, with the index of its document. */
export interface FalsePositive extends TypedSpan { doc: number }

/**
 * Scores a detector per entity type on labelled documents: a prediction is a true
 * positive when it has the label's type and overlaps an unmatched label with
 * IoU >= `minOverlap`; every label is found at most once. Rows are sorted by type;
 * `falsePositives` lists every unmatched prediction with its document's index (e.g. to
 * count the hard-negative documents with any false alarm).
 *
 * @example
 * const { rows, overall } = evaluatePII(docs, (t) => detectPII(t));
 * rows.find((r) => r.type === "EMAIL")?.f2; // 1
 */
export function evaluatePII(docs: LabelledDoc[], detect: (text: string) => TypedSpan[], options: EvaluatePIIOptions = {}) {
  const { beta = 2, minOverlap = 0.5 } = options;
  if (!Array.isArray(docs)) {
    throw new InputError(`evaluatePII expects an array of {text, spans} documents, got ${typeof docs}.`,
      "Load the corpus first, e.g. loadPIICorpus().");
  }
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, k: "tp" | "fp" | "fn") => {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(t, c);
  };
  const keep = options.types ? new Set(options.types) : null;
  const falsePositives: FalsePositive[] = [];
  for (const [index, doc] of docs.entries()) {
    const gold = doc.spans.filter((s) => !keep || keep.has(s.type));
    const used = new Array<boolean>(gold.length).fill(false);
    for (const p of detect(doc.text)) {
      if (keep && !keep.has(p.type)) continue;
      let best = -1, bestIou = minOverlap;
      gold.forEach((g, i) => {
        if (used[i] || g.type !== p.type) return;
        const o = iou(g, p);
        if (o >= bestIou) { best = i; bestIou = o; }
      });
      if (best >= 0) { used[best] = true; bump(p.type, "tp"); } else { bump(p.type, "fp"); falsePositives.push({ doc: index, type: p.type, start: p.start, end: p.end }); }
    }
    gold.forEach((g, i) => { if (!used[i]) bump(g.type, "fn"); });
  }
  for (const t of options.types ?? []) if (!counts.has(t)) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => row(t, c.tp, c.fp, c.fn, beta));
  const sum = (k: "tp" | "fp" | "fn") => rows.reduce((s, r) => s + r[k], 0);
  return { rows, overall: row("ALL", sum("tp"), sum("fp"), sum("fn"), beta), falsePositives };
}
