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
 * (data/curation-outside, test/curation/outside-images.test.ts), which no threshold
 * was chosen on.
 */
export const IMAGE_THRESHOLDS: Readonly<ImageScores> = {
  dark: 0.58,
  light: 0.49,
  blurry: 0.50,
  lowInformation: 0.56,
  grayscale: 0.33,
  oddAspectRatio: 0.59,
  oddSize: 0.30,
  noisy: 0.29,
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
 * - light: max(1st-percentile brightness, 5 x min(1st percentile, blown-out fraction)):
 *   washed out (the dark end is gone: even the darkest 1% is grey), or overexposed
 *   (darks lifted AND a share of the picture clipped to white: 10% of each gives 0.5). A bright backdrop with a dark subject keeps its
 *   darks; a white backdrop clips less than a blown exposure. (The 5th percentile and
 *   6% clipped called sepia prints and studio shots on white light.)
 * - blurry: Crété-Roffet blur of the most detailed tiles (see PixelStats.detailBlur),
 *   so a sharp subject before a soft background or sky is not blurry; 0 under 32 px.
 * - lowInformation: 1 - relative contrast / 0.25, where relative contrast is the
 *   brightness spread over the distance of the mean from black or white; a dark photo
 *   still has structure relative to its brightness, a blank frame does not.
 * - grayscale: 1 - (95th-percentile saturation / 0.1); sepia counts as colour.
 * - oddAspectRatio: 1 - short side / long side.
 * - oddSize: |log10(side / medianSide)|, capped at 1 (0.5 = 3.2x off the median).
 * - noisy: Immerkær noise sigma in the flattest blocks / 20 grey levels (0 for images
 *   under 32 px; see PixelStats.noiseSigma).
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
    light: clamp(Math.max(stats.p1, 5 * Math.min(stats.p1, stats.clipped))),
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
