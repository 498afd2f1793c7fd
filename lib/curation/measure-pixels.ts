/** Pixel statistics of one decoded image, the raw material of every image detector. */
export interface PixelStats {
  width: number;
  height: number;
  /** Mean perceived brightness, 0 (black) to 1 (white). */
  meanBrightness: number;
  /** Brightness percentiles 1, 5, 50, 95 and 99, each 0-1. */
  p1: number;
  p5: number;
  p50: number;
  p95: number;
  p99: number;
  /** Standard deviation of brightness, 0-1 scale. */
  contrast: number;
  /** Shannon entropy of the 256-bin brightness histogram, in bits (0-8). */
  entropy: number;
  /** 95th percentile of per-pixel saturation (max-min)/max over pixels not near black, 0-1. */
  saturation: number;
  /** Crété-Roffet blur estimate: 0 = crisp edges, 1 = nothing left to blur. Contrast-invariant. */
  blur: number;
  /** Fraction of pixels at or above 250 of 255 (blown-out highlights). */
  clipped: number;
  /** Immerkær estimate of additive noise, in grey levels (0-255 scale). */
  noiseSigma: number;
}

/**
 * Measures brightness, contrast, entropy, colour, blur and noise of raw pixels.
 * Pure and synchronous; `data` is interleaved 8-bit pixels with `channels` per pixel
 * (1-2 = grey, 3-4 = RGB; a 4th/2nd channel is ignored).
 *
 * @example
 * const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
 * measurePixels(data, info.width, info.height, info.channels).meanBrightness; // 0.42
 */
export function measurePixels(data: Uint8Array, width: number, height: number, channels: number): PixelStats {
  const n = width * height;
  const lum = new Float64Array(n);
  const hist = new Float64Array(256);
  const satHist = new Float64Array(256);
  let sum = 0, satCount = 0;
  for (let i = 0, o = 0; i < n; i++, o += channels) {
    const r = data[o];
    const g = channels >= 3 ? data[o + 1] : r;
    const b = channels >= 3 ? data[o + 2] : r;
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    lum[i] = y;
    sum += y;
    hist[Math.min(255, Math.round(y))]++;
    const max = Math.max(r, g, b);
    if (max >= 16) {
      satHist[Math.round((255 * (max - Math.min(r, g, b))) / max)]++;
      satCount++;
    }
  }
  const mean = sum / n;
  let varSum = 0;
  for (let i = 0; i < n; i++) varSum += (lum[i] - mean) ** 2;
  let entropy = 0;
  for (const c of hist) if (c > 0) entropy -= (c / n) * Math.log2(c / n);
  const pct = (h: Float64Array, q: number, total = n) => {
    let acc = 0;
    for (let v = 0; v < 256; v++) if ((acc += h[v]) >= q * total) return v / 255;
    return total > 0 ? 1 : 0;
  };
  return {
    width, height,
    meanBrightness: mean / 255,
    p1: pct(hist, 0.01), p5: pct(hist, 0.05), p50: pct(hist, 0.5), p95: pct(hist, 0.95), p99: pct(hist, 0.99),
    contrast: Math.sqrt(varSum / n) / 255,
    entropy,
    saturation: pct(satHist, 0.95, satCount),
    blur: blurEffect(lum, width, height),
    clipped: (hist[250] + hist[251] + hist[252] + hist[253] + hist[254] + hist[255]) / n,
    noiseSigma: immerkaerNoise(lum, width, height),
  };
}

/**
 * Noise sigma in grey levels from Immerkær's Laplacian-difference mask (1996), made
 * robust the way Donoho's wavelet estimator is: the median absolute response, not the
 * mean, so edges and fine texture (a minority of pixels) do not count as noise. The
 * mask's response to white noise has standard deviation 6 sigma. Pixels next to
 * clipped black or white are skipped: clipping makes edges, not noise.
 */
function immerkaerNoise(lum: Float64Array, width: number, height: number): number {
  const responses: number[] = [];
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      let lo = 255, hi = 0;
      for (const j of [i - width - 1, i - width, i - width + 1, i - 1, i, i + 1, i + width - 1, i + width, i + width + 1]) {
        lo = Math.min(lo, lum[j]);
        hi = Math.max(hi, lum[j]);
      }
      if (lo <= 3 || hi >= 252) continue;
      const cross = lum[i - width] + lum[i + width] + lum[i - 1] + lum[i + 1];
      const diag = lum[i - width - 1] + lum[i - width + 1] + lum[i + width - 1] + lum[i + width + 1];
      responses.push(Math.abs(4 * lum[i] - 2 * cross + diag));
    }
  }
  if (responses.length === 0) return 0;
  responses.sort((a, b) => a - b);
  return responses[Math.floor(responses.length / 2)] / 0.6745 / 6;
}

/**
 * Crété-Roffet et al. (2007), "The Blur Effect": re-blur the image with a 9-tap box
 * filter and see how much neighbour-to-neighbour variation that removes. A sharp image
 * loses a lot, an already blurred one almost nothing. Max of horizontal and vertical.
 */
function blurEffect(lum: Float64Array, width: number, height: number): number {
  const along = (len: number, lines: number, at: (line: number, k: number) => number): number => {
    if (len < 10) return 0;
    let sumF = 0, sumV = 0;
    const row = new Float64Array(len), box = new Float64Array(len);
    for (let l = 0; l < lines; l++) {
      for (let k = 0; k < len; k++) row[k] = at(l, k);
      for (let k = 0; k < len; k++) {
        let acc = 0;
        for (let d = -4; d <= 4; d++) acc += row[Math.min(len - 1, Math.max(0, k + d))];
        box[k] = acc / 9;
      }
      for (let k = 1; k < len; k++) {
        const dF = Math.abs(row[k] - row[k - 1]);
        sumF += dF;
        sumV += Math.max(0, dF - Math.abs(box[k] - box[k - 1]));
      }
    }
    return sumF > 0 ? (sumF - sumV) / sumF : 0;
  };
  const h = along(width, height, (y, x) => lum[y * width + x]);
  const v = along(height, width, (x, y) => lum[y * width + x]);
  return Math.max(h, v);
}
