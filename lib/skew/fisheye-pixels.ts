import { InputError } from "../errors/workshop-error";
import { blankLike, type RawImage } from "./raw-image";
import { sampleBilinear } from "./sample-bilinear";

/**
 * Barrel ("fisheye", wide field of view) distortion as an inverse remap: every output
 * pixel at normalised radius r (1 = the corner) takes its colour from the source radius
 * r (1 + k r^2) / (1 + k), k = `strength`. Corners stay corners, the centre pixel stays
 * put and is magnified 1 + k times, straight lines away from the centre bow outward.
 * Strength 0 is the identity.
 *
 * @example
 * const bent = fisheyePixels(raw, 0.6);
 */
export function fisheyePixels(raw: RawImage, strength: number): RawImage {
  if (!(strength >= 0 && strength <= 5)) {
    throw new InputError(`Expected a fisheye strength from 0 to 5, got ${strength}.`, "Use 0 for no distortion, about 0.3 for a phone's wide lens, 1 for a strong fisheye.");
  }
  const out = blankLike(raw);
  const { width, height, channels } = raw;
  const cx = (width - 1) / 2, cy = (height - 1) / 2;
  const rMax = Math.hypot(cx, cy) || 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = (x - cx) / rMax, dy = (y - cy) / rMax;
      const r2 = dx * dx + dy * dy;
      const scale = (1 + strength * r2) / (1 + strength);
      sampleBilinear(raw, cx + dx * scale * rMax, cy + dy * scale * rMax, out.data, (y * width + x) * channels);
    }
  }
  return out;
}
