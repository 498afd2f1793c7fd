import { InputError } from "../errors/workshop-error";
import { cropPixels } from "./crop-pixels";
import { fisheyePixels } from "./fisheye-pixels";
import { hazePixels } from "./haze-pixels";
import { lightPixels } from "./light-pixels";
import type { RawImage } from "./raw-image";
import { resolutionPixels } from "./resolution-pixels";

/** The skews every lab compares, each driven by one strength from 0 (none) to 1 (severe). JPEG needs an encoder: see skewImage. */
export const PIXEL_SKEWS = ["fisheye", "crop", "dark", "cast", "haze", "resolution"] as const;
export type PixelSkew = (typeof PIXEL_SKEWS)[number];

/** Options of {@link skewPixels}. */
export interface SkewPixelsOptions {
  /** Seed for skews with randomness (haze particles; default 1). */
  seed?: number;
}

/**
 * Applies one named skew at a strength from 0 to 1, synchronously on raw pixels:
 * fisheye k = strength; crop keeps 1 - strength/2 per side (bottom-right);
 * dark gamma 1 + 1.5 s and exposure 1 - 0.6 s; cast warm gains [1 + 0.3 s, 1, 1 - 0.5 s];
 * haze blend 0.7 s toward light grey plus specks; resolution factor 1 + 7 s.
 *
 * @example
 * const variants = PIXEL_SKEWS.map((kind) => skewPixels(raw, kind, 0.5));
 */
export function skewPixels(raw: RawImage, kind: PixelSkew, strength: number, options: SkewPixelsOptions = {}): RawImage {
  const { seed = 1 } = options;
  if (!(strength >= 0 && strength <= 1)) throw new InputError(`Expected a skew strength from 0 to 1, got ${strength}.`, "Use 0 for the clean image and 1 for the most severe skew.");
  const s = strength;
  switch (kind) {
    case "fisheye": return fisheyePixels(raw, s);
    case "crop": return cropPixels(raw, s);
    case "dark": return lightPixels(raw, { gamma: 1 + 1.5 * s, exposure: 1 - 0.6 * s });
    case "cast": return lightPixels(raw, { cast: [1 + 0.3 * s, 1, 1 - 0.5 * s] });
    case "haze": return hazePixels(raw, s, { seed });
    case "resolution": return resolutionPixels(raw, 1 + 7 * s);
    default: throw new InputError(`Unknown pixel skew '${kind}'.`, `Use one of: ${PIXEL_SKEWS.join(", ")} (or "jpeg" with skewImage).`);
  }
}
