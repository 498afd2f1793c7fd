import { InputError } from "../errors/workshop-error";
import { seededRandom } from "../llm-text/seeded-random";
import { blankLike, type RawImage } from "./raw-image";

/** Options of {@link hazePixels}. */
export interface HazePixelsOptions {
  /** Grey level the haze tends to, 0-255 (default 200, a light smoke). */
  airlight?: number;
  /** Dust or steam particles per 10,000 pixels at strength 1 (default 20). */
  particles?: number;
  /** Seed of the particle positions (default 1). */
  seed?: number;
}

/**
 * Dust, steam or smoke: blends every pixel toward `airlight` by `0.7 * strength`
 * (the atmospheric scattering model with uniform depth) and scatters seeded soft
 * light specks. Lowers contrast and colourfulness. Strength 0 is the identity.
 *
 * @example
 * const smoky = hazePixels(raw, 0.5, { seed: 7 });
 */
export function hazePixels(raw: RawImage, strength: number, options: HazePixelsOptions = {}): RawImage {
  const { airlight = 200, particles = 20, seed = 1 } = options;
  if (!(strength >= 0 && strength <= 1)) {
    throw new InputError(`Expected a haze strength from 0 to 1, got ${strength}.`, "Use 0 for clear air, 1 for thick smoke.");
  }
  const { data, width, height, channels } = raw;
  const out = blankLike(raw);
  const t = 0.7 * strength;
  for (let i = 0; i < data.length; i++) out.data[i] = Math.round(data[i] * (1 - t) + airlight * t);
  const rand = seededRandom(seed);
  const count = Math.round((strength * particles * width * height) / 10000);
  const maxRadius = Math.max(1, Math.min(width, height) / 100);
  for (let p = 0; p < count; p++) {
    const px = rand() * width, py = rand() * height, r = 0.5 + rand() * maxRadius, alpha = 0.3 + 0.5 * rand();
    for (let y = Math.max(0, Math.floor(py - r)); y <= Math.min(height - 1, Math.ceil(py + r)); y++) {
      for (let x = Math.max(0, Math.floor(px - r)); x <= Math.min(width - 1, Math.ceil(px + r)); x++) {
        const d = Math.hypot(x - px, y - py) / r;
        if (d >= 1) continue;
        const a = alpha * (1 - d * d);
        for (let c = 0, o = (y * width + x) * channels; c < channels; c++) out.data[o + c] = Math.round(out.data[o + c] * (1 - a) + 240 * a);
      }
    }
  }
  return out;
}
