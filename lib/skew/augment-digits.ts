import { seededRandom } from "../llm-text/seeded-random";
import type { Digit } from "./load-digits";
import { skewPixels, type PixelSkew } from "./skew-pixels";

/** Options of {@link augmentDigits}. */
export interface AugmentDigitsOptions {
  /** Skews to draw from (default fisheye, crop, dark, haze, resolution). */
  kinds?: PixelSkew[];
  /** Strengths are drawn uniformly from 0 to this (default 0.6). */
  maxStrength?: number;
  /** Skewed copies per digit, added to the clean originals (default 1). */
  copies?: number;
  /** Seed of the kind and strength draws (default 1). */
  seed?: number;
}

/**
 * Training-time augmentation: the clean digits plus `copies` skewed copies of each,
 * every copy with a random kind and strength, so the model sees deployment-like data.
 *
 * @example
 * const model = trainDigitClassifier(augmentDigits(train, { kinds: ["haze"] }));
 */
export function augmentDigits(digits: readonly Digit[], options: AugmentDigitsOptions = {}): Digit[] {
  const { kinds = ["fisheye", "crop", "dark", "haze", "resolution"], maxStrength = 0.6, copies = 1, seed = 1 } = options;
  const rand = seededRandom(seed);
  const out = digits.slice();
  for (let c = 0; c < copies; c++) {
    for (const d of digits) {
      const kind = kinds[Math.floor(rand() * kinds.length)];
      out.push({ image: skewPixels(d.image, kind, rand() * maxStrength, { seed: Math.floor(rand() * 1e9) }), label: d.label });
    }
  }
  return out;
}
