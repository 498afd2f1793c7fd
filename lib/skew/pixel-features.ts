import { measurePixels } from "../curation/measure-pixels";
import type { RawImage } from "./raw-image";

/** Label-free features of one image's pixels (what a skew report compares). */
export interface PixelFeatures {
  /** Mean perceived brightness, 0-1. */
  brightness: number;
  /** Standard deviation of brightness, 0-1. */
  contrast: number;
  /** 1 - Crété-Roffet blur: 1 = crisp edges, 0 = no detail. */
  sharpness: number;
  /** Hasler-Süsstrunk colourfulness on a 0-1 scale (0 = grey). */
  colourfulness: number;
  /** Radial-distortion proxy: log of (edge strength in the outer ring / in the centre disc). Barrel distortion squeezes detail outward, so it rises. */
  radialDistortion: number;
}

/**
 * Measures brightness, contrast, sharpness, colourfulness and a radial-distortion proxy
 * of raw pixels. Pure and synchronous.
 *
 * @example
 * pixelFeatures(await readRaw(path)).sharpness; // 0.71
 */
export function pixelFeatures(raw: RawImage): PixelFeatures {
  const { data, width, height, channels } = raw;
  const stats = measurePixels(data, width, height, channels);
  let srg = 0, syb = 0, srg2 = 0, syb2 = 0;
  const n = width * height;
  const lum = new Float32Array(n);
  for (let i = 0, o = 0; i < n; i++, o += channels) {
    const r = data[o], g = channels >= 3 ? data[o + 1] : r, b = channels >= 3 ? data[o + 2] : r;
    const rg = r - g, yb = 0.5 * (r + g) - b;
    srg += rg; syb += yb; srg2 += rg * rg; syb2 += yb * yb;
    lum[i] = 0.299 * r + 0.587 * g + 0.114 * b;
  }
  const mrg = srg / n, myb = syb / n;
  const sd = Math.sqrt(Math.max(0, srg2 / n - mrg * mrg) + Math.max(0, syb2 / n - myb * myb));
  const colourfulness = (sd + 0.3 * Math.hypot(mrg, myb)) / 255;
  return { brightness: stats.meanBrightness, contrast: stats.contrast, sharpness: 1 - stats.blur, colourfulness, radialDistortion: radialEdgeRatio(lum, width, height) };
}

/** log((mean gradient where r > 0.6) / (mean gradient where r < 0.35)), r normalised to the half-diagonal. */
function radialEdgeRatio(lum: Float32Array, width: number, height: number): number {
  const cx = (width - 1) / 2, cy = (height - 1) / 2, rMax = Math.hypot(cx, cy) || 1;
  let inner = 0, nIn = 0, outer = 0, nOut = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const g = Math.abs(lum[i + 1] - lum[i - 1]) + Math.abs(lum[i + width] - lum[i - width]);
      const r = Math.hypot(x - cx, y - cy) / rMax;
      if (r < 0.35) { inner += g; nIn++; } else if (r > 0.6) { outer += g; nOut++; }
    }
  }
  if (nIn === 0 || nOut === 0) return 0;
  return Math.log((outer / nOut + 1) / (inner / nIn + 1));
}
