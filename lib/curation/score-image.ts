import type { PixelStats } from "./measure-pixels";

/** Per-image issue scores, each 0 (fine) to 1 (as bad as it gets). */
export interface ImageScores {
  dark: number;
  light: number;
  blurry: number;
  lowInformation: number;
  grayscale: number;
  oddAspectRatio: number;
  oddSize: number;
  noisy: number;
}

export type ImageIssueType = keyof ImageScores;

/**
 * Default flag thresholds: a sample is flagged when its score is >= the threshold.
 * Chosen on the "tune" half of data/curation/images (midpoint of the gap between the
 * worst clean sample and the mildest planted defect, rounded; where the two overlap,
 * the cut with the fewest errors; see data/curation/tune-image-thresholds.ts) and
 * reported on the "test" half and on the hand-labelled outside photos
 * (data/curation-outside, test/curation/outside-images.test.ts). No threshold was
 * chosen on the outside photos except `light`, whose redesigned score was cut on the
 * planted tune half pooled with the outside tune half (OUTSIDE_TUNED_TYPES); its
 * unseen check is the outside test half.
 */
export const IMAGE_THRESHOLDS: Readonly<ImageScores> = {
  dark: 0.58,
  light: 0.42,
  blurry: 0.50,
  lowInformation: 0.56,
  grayscale: 0.33,
  oddAspectRatio: 0.59,
  oddSize: 0.30,
  noisy: 0.10,
};

/** Where an image sits in its data set: its full size and the set's median side. */
export interface ImageContext {
  width: number;
  height: number;
  /** Median sqrt(width*height) over the data set, the reference for oddSize (0 skips it). */
  medianSide: number;
}

/**
 * Turns pixel statistics (of the working copy) into 0-1 issue scores.
 *
 * - dark: 1 - 99.5th-percentile brightness: even the highlights are dim. (The 95th
 *   percentile called night scenes and dark backdrops with a lit subject dark.)
 * - light: max(dark-channel black level, 5 x min(blown-out fraction, mean - 0.5)):
 *   washed out (a veil of white: even the darkest 1% of the darkest colour channel is
 *   grey; see PixelStats.darkP1), or overexposed (a share of the picture clipped to
 *   white AND the picture as a whole pushed bright: 10% clipped with a mean of 0.6
 *   gives 0.5). A bright backdrop with a dark subject keeps its darks and its mean; a
 *   sepia print keeps a dark blue channel. (Before: max(1st-percentile brightness,
 *   5 x min(that, clipped)). Luminance black level put faded prints at 0.44-0.50 next
 *   to plain grey photos at 0.41, and a defocused subject on white reached the cut
 *   through the white alone.)
 * - blurry: Crété-Roffet blur of the most detailed tiles (see PixelStats.detailBlur),
 *   so a sharp subject before a soft background or sky is not blurry; 0 under 32 px.
 * - lowInformation: 1 - relative contrast / 0.25, where relative contrast is the
 *   brightness spread over the distance of the mean from black or white; a dark photo
 *   still has structure relative to its brightness, a blank frame does not.
 * - grayscale: 1 - (95th-percentile saturation / 0.1); sepia counts as colour.
 * - oddAspectRatio: 1 - short side / long side.
 * - oddSize: |log10(side / medianSide)|, capped at 1 (0.5 = 3.2x off the median).
 * - noisy: noise sigma / 20 grey levels, where sigma is the part of the Immerkær
 *   estimate in the flattest blocks that halves under 2 x 2 averaging, as noise does and
 *   texture does not (0 for images under 32 px; see PixelStats.noiseSigma).
 *
 * @example
 * scoreImage(measurePixels(data, w, h, 3), { width: 800, height: 600, medianSide: 220 }).dark; // 0.12
 */
export function scoreImage(stats: PixelStats, context: ImageContext): ImageScores {
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  const { width, height, medianSide } = context;
  const side = Math.sqrt(width * height);
  const tiny = Math.min(stats.width, stats.height) < 32; // too few pixels to judge focus or noise
  const distance = Math.max(0.02, Math.min(stats.meanBrightness, 1 - stats.meanBrightness));
  return {
    dark: clamp(1 - stats.p995),
    light: clamp(Math.max(stats.darkP1, 5 * Math.min(stats.clipped, stats.meanBrightness - 0.5))),
    blurry: tiny ? 0 : clamp(stats.detailBlur),
    lowInformation: clamp(1 - stats.contrast / distance / 0.25),
    grayscale: clamp(1 - stats.saturation / 0.1),
    oddAspectRatio: clamp(1 - Math.min(width, height) / Math.max(width, height)),
    oddSize: medianSide > 0 && side > 0 ? clamp(Math.abs(Math.log10(side / medianSide))) : 0,
    noisy: tiny ? 0 : clamp(stats.noiseSigma / 20),
  };
}

/** Issues that need content to mean anything: not flagged on a low-information image. */
const NEEDS_CONTENT: ImageIssueType[] = ["dark", "light", "blurry", "grayscale", "noisy"];

/**
 * The flags for one image: every score at or over its threshold, in a fixed order,
 * except that a low-information image is not also called dark, light, blurry, grey or
 * noisy (a blank frame has no exposure or focus to judge).
 *
 * @example
 * flagImage({ ...scores, dark: 0.9 }, IMAGE_THRESHOLDS); // ["dark"]
 */
export function flagImage(scores: ImageScores, thresholds: ImageScores): ImageIssueType[] {
  const order = Object.keys(IMAGE_THRESHOLDS) as ImageIssueType[];
  const hit = order.filter((k) => scores[k] >= thresholds[k]);
  return hit.includes("lowInformation") ? hit.filter((k) => !NEEDS_CONTENT.includes(k)) : hit;
}
