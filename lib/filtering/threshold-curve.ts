import { InputError } from "../errors/workshop-error";

/** One operating point: what a filter that removes every score ABOVE `threshold` does. */
export interface ThresholdPoint {
  /** Items with score > threshold are flagged (removed). */
  threshold: number;
  /** Items flagged at this threshold. */
  flagged: number;
  /** Flagged items labelled unsafe (true positives). */
  tp: number;
  /** Flagged items labelled safe (false positives). */
  fp: number;
  /** Unsafe items kept (false negatives). */
  fn: number;
  /** Safe items kept (true negatives). */
  tn: number;
  /** fp / safe items: the share of safe data the filter throws away (NaN with no safe items). */
  fpr: number;
  /** tp / unsafe items (NaN when the labels hold no unsafe item, as on a safe-only subset). */
  recall: number;
  /** tp / flagged (NaN when nothing is flagged). */
  precision: number;
}

export interface ThresholdCurveOptions {
  /**
   * Thresholds to evaluate, any order (default: every distinct score, ascending, so
   * each step of the curve is one where an item changes side).
   */
  thresholds?: number[];
}

function checkInputs(scores: ReadonlyArray<number>, labels: ReadonlyArray<boolean> | undefined): void {
  if (!Array.isArray(scores)) throw new InputError(`Expected an array of scores, got ${typeof scores}.`, "Pass one number per item, e.g. rows.map((r) => r.scores.Porn).");
  const bad = scores.findIndex((s) => typeof s !== "number" || Number.isNaN(s));
  if (bad >= 0) throw new InputError(`Score #${bad} is ${String(scores[bad])}, not a number.`, "Drop items whose scoring failed (ok: false) before building the curve.");
  if (labels && labels.length !== scores.length) {
    throw new InputError(`Got ${scores.length} scores but ${labels.length} labels.`, "Pass one label per score (true = unsafe), in the same order.");
  }
}

/**
 * False-positive rate, recall and precision of a score filter at each threshold. An item
 * is flagged when its score is strictly above the threshold. Labels say which items are
 * truly unsafe (true); leave them out for a subset known to be safe: then every flag is a
 * false positive and recall/precision are NaN.
 *
 * @example
 * const curve = thresholdCurve([0.1, 0.4, 0.9], [false, false, true]);
 * curve.find((p) => p.threshold === 0.4)?.fpr; // 0: nothing safe scores above 0.4
 */
export function thresholdCurve(scores: ReadonlyArray<number>, labels?: ReadonlyArray<boolean>, options: ThresholdCurveOptions = {}): ThresholdPoint[] {
  checkInputs(scores, labels);
  const thresholds = options.thresholds ? [...options.thresholds].sort((a, b) => a - b) : [...new Set(scores)].sort((a, b) => a - b);
  const unsafe = labels ? labels.filter(Boolean).length : 0;
  const safe = scores.length - unsafe;
  return thresholds.map((threshold) => {
    let tp = 0;
    let fp = 0;
    scores.forEach((s, i) => {
      if (s > threshold) {
        if (labels && labels[i]) tp++;
        else fp++;
      }
    });
    const flagged = tp + fp;
    return {
      threshold, flagged, tp, fp, fn: unsafe - tp, tn: safe - fp,
      fpr: safe ? fp / safe : NaN,
      recall: unsafe ? tp / unsafe : NaN,
      precision: flagged ? tp / flagged : NaN,
    };
  });
}
