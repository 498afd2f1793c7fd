import type { Digit } from "./load-digits";
import { skewPixels, type PixelSkew } from "./skew-pixels";
import type { DigitClassifier } from "./train-digit-classifier";

/** One point of an accuracy-vs-skew curve. */
export interface SkewAccuracyRow { kind: PixelSkew; strength: number; accuracy: number }

/** Options of {@link accuracyUnderSkew}. */
export interface AccuracyUnderSkewOptions {
  /** Skews to apply (default fisheye, crop, dark, cast, haze, resolution). */
  kinds?: PixelSkew[];
  /** Strengths from 0 to 1 (default 0, 0.25, 0.5, 0.75, 1). */
  strengths?: number[];
  /** Seed of the skews' randomness (default 1). */
  seed?: number;
}

/**
 * Accuracy of a classifier on the same held-out digits under each skew at each
 * strength: one row per (kind, strength), tidy for a line plot.
 *
 * @example
 * Plot.line(accuracyUnderSkew(model, test), { x: "strength", y: "accuracy", stroke: "kind" })
 */
export function accuracyUnderSkew(model: DigitClassifier, digits: readonly Digit[], options: AccuracyUnderSkewOptions = {}): SkewAccuracyRow[] {
  const { kinds = ["fisheye", "crop", "dark", "cast", "haze", "resolution"], strengths = [0, 0.25, 0.5, 0.75, 1], seed = 1 } = options;
  const rows: SkewAccuracyRow[] = [];
  for (const kind of kinds) {
    for (const strength of strengths) {
      const skewed = digits.map((d) => ({ image: skewPixels(d.image, kind, strength, { seed }), label: d.label }));
      rows.push({ kind, strength, accuracy: model.accuracy(skewed) });
    }
  }
  return rows;
}
