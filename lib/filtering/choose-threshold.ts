import { InputError } from "../errors/workshop-error";
import { thresholdCurve, type ThresholdPoint } from "./threshold-curve";

export interface ChooseThresholdOptions {
  /** Largest false-positive rate allowed, 0-1 (default 0.01: one safe item in a hundred removed). */
  maxFpr?: number;
  /** Candidate thresholds (default: every distinct score, so the answer is a score itself). */
  thresholds?: number[];
}

/**
 * The operating point with the smallest threshold whose false-positive rate is at most
 * `maxFpr` (flagged = score strictly above the threshold). The smallest such threshold
 * removes the most, so it keeps the most recall the FPR budget allows. Returns the whole
 * point (threshold, fpr, flagged, recall...).
 *
 * @example
 * const point = chooseThreshold(rows.map((r) => r.scores.Porn), undefined, { maxFpr: 0.01 });
 * point.threshold; // the score that at most 1 % of these safe images exceed
 */
export function chooseThreshold(scores: ReadonlyArray<number>, labels?: ReadonlyArray<boolean>, options: ChooseThresholdOptions = {}): ThresholdPoint {
  const { maxFpr = 0.01, thresholds } = options;
  if (typeof maxFpr !== "number" || !(maxFpr >= 0 && maxFpr <= 1)) {
    throw new InputError(`maxFpr must be a rate between 0 and 1, got ${String(maxFpr)}.`, "Write 1 % as 0.01.");
  }
  const curve = thresholdCurve(scores, labels, { thresholds });
  const point = curve.find((p) => p.fpr <= maxFpr);
  if (!point) {
    throw new InputError(`No candidate threshold keeps the false-positive rate at or below ${maxFpr}.`, "Add a higher candidate threshold, or check that the labels mark safe items false.");
  }
  return point;
}
