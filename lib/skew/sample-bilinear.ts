import type { RawImage } from "./raw-image";

/**
 * Writes the bilinear interpolation of `src` at (x, y) (pixel centres at integers) into
 * `out` at offset `o`, every channel. Outside the image returns `fill` (default edge clamp).
 *
 * @example
 * sampleBilinear(raw, 10.5, 3.25, out.data, 0);
 */
export function sampleBilinear(src: RawImage, x: number, y: number, out: Uint8Array, o: number, fill?: number): void {
  const { data, width, height, channels } = src;
  if (fill !== undefined && (x < -0.5 || y < -0.5 || x > width - 0.5 || y > height - 0.5)) {
    for (let c = 0; c < channels; c++) out[o + c] = fill;
    return;
  }
  const cx = Math.min(Math.max(x, 0), width - 1), cy = Math.min(Math.max(y, 0), height - 1);
  const x0 = Math.floor(cx), y0 = Math.floor(cy);
  const x1 = Math.min(x0 + 1, width - 1), y1 = Math.min(y0 + 1, height - 1);
  const fx = cx - x0, fy = cy - y0;
  const a = (y0 * width + x0) * channels, b = (y0 * width + x1) * channels;
  const c0 = (y1 * width + x0) * channels, d = (y1 * width + x1) * channels;
  for (let c = 0; c < channels; c++) {
    const top = data[a + c] + (data[b + c] - data[a + c]) * fx;
    const bottom = data[c0 + c] + (data[d + c] - data[c0 + c]) * fx;
    out[o + c] = Math.round(top + (bottom - top) * fy);
  }
}
