import { InputError } from "../errors/workshop-error";
import { blankLike, type RawImage } from "./raw-image";
import { sampleBilinear } from "./sample-bilinear";

/**
 * Resolution loss: averages `factor` x `factor` blocks (a cheap sensor or a thumbnail),
 * then scales back up to the original size with bilinear interpolation. Same pixel
 * count, less detail. Factor 1 is the identity.
 *
 * @example
 * const soft = resolutionPixels(raw, 4); // a quarter of the detail in each direction
 */
export function resolutionPixels(raw: RawImage, factor: number): RawImage {
  if (!(factor >= 1)) throw new InputError(`Expected a resolution factor of at least 1, got ${factor}.`, "Use 1 for no change, 4 to keep a quarter of the detail per side.");
  if (factor === 1) return { ...raw, data: raw.data.slice() };
  const { data, width, height, channels } = raw;
  const sw = Math.max(1, Math.round(width / factor)), sh = Math.max(1, Math.round(height / factor));
  const small = blankLike(raw, sw, sh);
  const acc = new Float64Array(channels);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const xa = Math.floor((x * width) / sw), xb = Math.max(xa + 1, Math.floor(((x + 1) * width) / sw));
      const ya = Math.floor((y * height) / sh), yb = Math.max(ya + 1, Math.floor(((y + 1) * height) / sh));
      acc.fill(0);
      for (let yy = ya; yy < yb; yy++) for (let xx = xa; xx < xb; xx++) for (let c = 0; c < channels; c++) acc[c] += data[(yy * width + xx) * channels + c];
      const n = (xb - xa) * (yb - ya);
      for (let c = 0; c < channels; c++) small.data[(y * sw + x) * channels + c] = Math.round(acc[c] / n);
    }
  }
  const out = blankLike(raw);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      sampleBilinear(small, ((x + 0.5) * sw) / width - 0.5, ((y + 0.5) * sh) / height - 0.5, out.data, (y * width + x) * channels);
    }
  }
  return out;
}
