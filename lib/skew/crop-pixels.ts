import { InputError } from "../errors/workshop-error";
import { blankLike, type RawImage } from "./raw-image";
import { sampleBilinear } from "./sample-bilinear";

/** Options of {@link cropPixels}. */
export interface CropPixelsOptions {
  /** Where the kept window sits, as fractions of the free space: 0 = left/top, 0.5 = centred, 1 = right/bottom (default [1, 1], the bottom-right corner). */
  anchor?: [number, number];
}

/**
 * Off-centre framing: keeps a window of `1 - 0.5 * strength` of the width and height,
 * pushed toward `anchor`, and scales it back to the original size, so a centred
 * subject is cut by the frame. Strength 0 is the identity, 1 keeps a quarter of the area.
 *
 * @example
 * const cut = cropPixels(raw, 0.6, { anchor: [1, 0.5] }); // subject slides out to the left
 */
export function cropPixels(raw: RawImage, strength: number, options: CropPixelsOptions = {}): RawImage {
  const { anchor = [1, 1] } = options;
  if (!(strength >= 0 && strength <= 1)) {
    throw new InputError(`Expected a crop strength from 0 to 1, got ${strength}.`, "Use 0 for the full frame, 1 to keep a quarter of it.");
  }
  const keep = 1 - 0.5 * strength;
  const { width, height, channels } = raw;
  const w = width * keep, h = height * keep;
  const x0 = (width - w) * anchor[0], y0 = (height - h) * anchor[1];
  const out = blankLike(raw);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = x0 + ((x + 0.5) * w) / width - 0.5, sy = y0 + ((y + 0.5) * h) / height - 0.5;
      sampleBilinear(raw, sx, sy, out.data, (y * width + x) * channels);
    }
  }
  return out;
}
