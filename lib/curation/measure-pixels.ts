/** Pixel statistics of one decoded image, the raw material of every image detector. */
export interface PixelStats {
  width: number;
  height: number;
  /** Mean perceived brightness, 0 (black) to 1 (white). */
  meanBrightness: number;
  /** Brightness percentiles 1, 5, 50, 95, 99 and 99.5, each 0-1. */
  p1: number;
  p5: number;
  p50: number;
  p95: number;
  p99: number;
  p995: number;
  /**
   * 1st percentile of the dark channel, min(R, G, B) per pixel, 0-1: the black level
   * of the darkest channel. A veil of white (a faded print, haze, a washed-out scan)
   * lifts every channel; a colourful or toned photo keeps a dark channel (He, Sun and
   * Tang 2009, "Single Image Haze Removal Using Dark Channel Prior": in most patches
   * of haze-free outdoor photos some pixel is near zero in at least one channel).
   */
  darkP1: number;
  /** Standard deviation of brightness, 0-1 scale. */
  contrast: number;
  /** Shannon entropy of the 256-bin brightness histogram, in bits (0-8). */
  entropy: number;
  /** 95th percentile of per-pixel saturation (max-min)/max over pixels not near black, 0-1. */
  saturation: number;
  /** Crété-Roffet blur estimate over the whole image: 0 = crisp edges, 1 = nothing left to blur. Contrast-invariant. */
  blur: number;
  /**
   * Crété-Roffet blur of the most detailed part: the lower quartile over the eighth of
   * 32 px tiles with the most edge energy. A sharp subject before a soft background or sky
   * scores low here; a picture blurred all over scores high.
   */
  detailBlur: number;
  /** Fraction of pixels at or above 250 of 255 (blown-out highlights). */
  clipped: number;
  /**
   * Additive noise in grey levels (0-255 scale): the part of the Immerkær estimate (read
   * in the flattest 16 px blocks) that halves when 2 x 2 pixels are averaged. White
   * noise of sigma s reads s at full size and s/2 at half size; texture and edges read
   * about the same at both (or more at half size). So sigma = sqrt(4/3 (full^2 - half^2)),
   * 0 when the half-size reading is as high. (The full-size reading alone called fine
   * texture, such as a snowflake's crystal, noise, and put mild sensor noise next to
   * clean photos.)
   */
  noiseSigma: number;
  /** The full-size Immerkær reading in the flattest blocks, before the half-size correction (grey levels). */
  noiseFull: number;
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
  const darkHist = new Float64Array(256);
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
    darkHist[Math.min(r, g, b)]++;
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
    p1: pct(hist, 0.01), p5: pct(hist, 0.05), p50: pct(hist, 0.5), p95: pct(hist, 0.95), p99: pct(hist, 0.99), p995: pct(hist, 0.995),
    darkP1: pct(darkHist, 0.01),
    contrast: Math.sqrt(varSum / n) / 255,
    entropy,
    saturation: pct(satHist, 0.95, satCount),
    ...blurEffect(lum, width, height),
    clipped: (hist[250] + hist[251] + hist[252] + hist[253] + hist[254] + hist[255]) / n,
    ...noiseEstimate(lum, width, height),
  };
}

/** Noise that halves under 2 x 2 averaging (see PixelStats.noiseSigma). */
function noiseEstimate(lum: Float64Array, width: number, height: number): { noiseSigma: number; noiseFull: number } {
  const full = immerkaerNoise(lum, width, height);
  const w2 = width >> 1, h2 = height >> 1;
  const half = new Float64Array(w2 * h2);
  for (let y = 0; y < h2; y++) {
    for (let x = 0, i = 2 * y * width; x < w2; x++, i += 2) half[y * w2 + x] = (lum[i] + lum[i + 1] + lum[i + width] + lum[i + width + 1]) / 4;
  }
  const halfSigma = immerkaerNoise(half, w2, h2);
  return { noiseSigma: Math.sqrt(Math.max(0, (4 / 3) * (full * full - halfSigma * halfSigma))), noiseFull: full };
}

/**
 * Noise sigma in grey levels from Immerkær's Laplacian-difference mask (1996), read
 * where the picture is flattest: the mean absolute response per 16 px block, and the
 * 10th percentile of those over the blocks (the minimum-variance-block idea of
 * block-based noise estimators). Additive noise lifts every block alike; edges and
 * texture lift only their own blocks, and most photos have some flat ones (sky, a soft
 * background). Mean |response| of white noise is 6 sigma sqrt(2/pi). Pixels next to
 * clipped black or white are skipped (clipping makes edges, not noise), and so are
 * blocks with fewer than half their pixels left. (The median over all pixels, used
 * before, called fine texture noise and missed realistic low-light noise.)
 */
function immerkaerNoise(lum: Float64Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  const B = 16;
  const bw = Math.ceil(width / B), bh = Math.ceil(height / B);
  const sum = new Float64Array(bw * bh), count = new Uint32Array(bw * bh);
  const clipped = new Uint8Array(lum.length);
  for (let i = 0; i < lum.length; i++) clipped[i] = lum[i] <= 3 || lum[i] >= 252 ? 1 : 0;
  for (let y = 1; y < height - 1; y++) {
    const row = Math.floor(y / B) * bw;
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const up = i - width, down = i + width;
      if (clipped[up - 1] | clipped[up] | clipped[up + 1] | clipped[i - 1] | clipped[i] | clipped[i + 1] | clipped[down - 1] | clipped[down] | clipped[down + 1]) continue;
      const r = Math.abs(4 * lum[i] - 2 * (lum[up] + lum[i - 1] + lum[i + 1] + lum[down]) + (lum[up - 1] + lum[up + 1] + lum[down - 1] + lum[down + 1]));
      const blk = row + (x >> 4);
      sum[blk] += r;
      count[blk]++;
    }
  }
  const means: number[] = [];
  for (let k = 0; k < sum.length; k++) if (count[k] >= (B * B) / 2) means.push(sum[k] / count[k]);
  if (!means.length) return 0;
  means.sort((a, b) => a - b);
  return means[Math.floor(means.length / 10)] / (6 * Math.sqrt(2 / Math.PI));
}

/**
 * Crété-Roffet et al. (2007), "The Blur Effect": re-blur the image with a 9-tap box
 * filter and see how much neighbour-to-neighbour variation that removes. A sharp image
 * loses a lot, an already blurred one almost nothing. Max of horizontal and vertical,
 * for the whole image and per 32 px tile (written by hand: no library computes it per
 * region, and the tile sums come free with the whole-image ones).
 */
function blurEffect(lum: Float64Array, width: number, height: number): { blur: number; detailBlur: number } {
  const tw = Math.ceil(width / TILE), th = Math.ceil(height / TILE);
  const sums = { hF: new Float64Array(tw * th), hV: new Float64Array(tw * th), vF: new Float64Array(tw * th), vV: new Float64Array(tw * th) };
  const h = blurAlong(lum, width, height, 1, width, true, tw, sums.hF, sums.hV);
  const v = blurAlong(lum, height, width, width, 1, false, tw, sums.vF, sums.vV);
  const tiles: { energy: number; blur: number }[] = [];
  for (let t = 0; t < tw * th; t++) {
    const bh = sums.hF[t] > 0 ? (sums.hF[t] - sums.hV[t]) / sums.hF[t] : 1;
    const bv = sums.vF[t] > 0 ? (sums.vF[t] - sums.vV[t]) / sums.vF[t] : 1;
    tiles.push({ energy: sums.hF[t] + sums.vF[t], blur: Math.max(bh, bv) });
  }
  tiles.sort((a, b) => b.energy - a.energy);
  const top = tiles.slice(0, Math.max(1, Math.ceil(tiles.length / 8))).filter((t) => t.energy > 0).map((t) => t.blur).sort((a, b) => a - b);
  const whole = Math.max(h, v);
  return { blur: whole, detailBlur: top.length ? top[Math.floor(top.length / 4)] : whole };
}

const TILE_SHIFT = 5;
const TILE = 1 << TILE_SHIFT;

/**
 * One direction of blurEffect: `lines` runs of `len` samples, `step` apart, lines
 * `lineStep` apart (horizontal: rows; else columns). Per-tile sums go into tileF /
 * tileV. Plain loops, no closures: this runs once per pixel and direction.
 */
function blurAlong(lum: Float64Array, len: number, lines: number, step: number, lineStep: number,
  horizontal: boolean, tilesAcross: number, tileF: Float64Array, tileV: Float64Array): number {
  if (len < 10) return 0;
  let sumF = 0, sumV = 0;
  const line = new Float64Array(len);
  const box = new Float64Array(len);
  for (let l = 0; l < lines; l++) {
    const base = l * lineStep;
    for (let k = 0; k < len; k++) line[k] = lum[base + k * step];
    // 9-tap box filter with edge samples repeated.
    let acc = 0;
    for (let d = -4; d <= 4; d++) acc += line[d < 0 ? 0 : d >= len ? len - 1 : d];
    for (let k = 0; k < len; k++) {
      box[k] = acc / 9;
      const add = k + 5, drop = k - 4;
      acc += line[add >= len ? len - 1 : add] - line[drop < 0 ? 0 : drop];
    }
    const lineTile = horizontal ? Math.floor(l / TILE) * tilesAcross : Math.floor(l / TILE);
    for (let k = 1; k < len; k++) {
      const dF = Math.abs(line[k] - line[k - 1]);
      const dB = Math.abs(box[k] - box[k - 1]);
      const dV = dF > dB ? dF - dB : 0;
      sumF += dF;
      sumV += dV;
      const t = horizontal ? lineTile + (k >> TILE_SHIFT) : (k >> TILE_SHIFT) * tilesAcross + lineTile;
      tileF[t] += dF;
      tileV[t] += dV;
    }
  }
  return sumF > 0 ? (sumF - sumV) / sumF : 0;
}
