import * as ort from "onnxruntime-node";
import { imageToTensor } from "./image-to-tensor";
import { loadModel, type LoadModelOptions } from "./load-model";
import { mapImages, type ImageResult, type MapImagesOptions } from "./map-images";

/** The nsfwjs classes, in the model's output order. */
export const NSFW_CLASSES = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const;
export type NsfwClass = (typeof NSFW_CLASSES)[number];

export interface NsfwScoresOptions extends MapImagesOptions, LoadModelOptions {
  /**
   * How pixels reach the model (default "nsfwjs"). "nsfwjs" is what nsfwjs 4.3 itself does
   * (`NSFWJS.infer`): values / 255, then `tf.image.resizeBilinear` to 224x224 with
   * `alignCorners = true`, stretched (no crop, no padding), RGB. "stretch" is this port's
   * earlier preprocessing: sharp's Lanczos resize to 224x224, stretched, / 255. Scores and
   * thresholds hold for one preprocessing only; lab 08 shows the gap.
   */
  preprocess?: "nsfwjs" | "stretch";
}

/** One image's class probabilities (they sum to 1) and the most likely class. */
export interface NsfwScores {
  scores: Record<NsfwClass, number>;
  top: NsfwClass;
}

/**
 * Scores each image with the nsfwjs MobileNetV2 classifier (the "nsfw-classifier" bundled
 * model, run on ONNX Runtime): the five class probabilities. Preprocessing is nsfwjs's own
 * by default (see `preprocess`); test/filtering/nsfwjs-parity.test.ts checks the scores against
 * nsfwjs's TF.js build on the same decoded pixels. Bad images get `{ok: false, error}`.
 *
 * @example
 * const rows = await nsfwScores(["data/photos/beach.jpg"]);
 * rows[0].ok && rows[0].scores.Neutral; // 0.93
 */
export async function nsfwScores(images: ReadonlyArray<string | Uint8Array>, options: NsfwScoresOptions = {}): Promise<Array<ImageResult<NsfwScores>>> {
  const model = await loadModel("nsfw-classifier", options);
  const [input] = model.inputNames;
  const [output] = model.outputNames;
  const resample = (options.preprocess ?? "nsfwjs") === "nsfwjs" ? "tf-bilinear" : "sharp";
  return mapImages(images, async (image) => {
    const t = await imageToTensor(image, { size: 224, fit: "fill", layout: "nhwc", resample });
    const out = await model.session.run({ [input]: new ort.Tensor("float32", t.data, t.dims) });
    const p = out[output].data as Float32Array;
    const scores = Object.fromEntries(NSFW_CLASSES.map((c, i) => [c, p[i]])) as Record<NsfwClass, number>;
    const top = NSFW_CLASSES.reduce((best, c) => (scores[c] > scores[best] ? c : best));
    return { scores, top };
  }, options);
}
