import * as ort from "onnxruntime-node";
import { imageToTensor } from "../models/image-to-tensor";
import { loadModel } from "../models/load-model";
import { mapImages, type ImageResult, type MapImagesOptions } from "../models/map-images";

const PREFIX = "StatefulPartitionedCall/sequential";
/** The nsfwjs MobileNetV2 graph nodes read: the 1792-d pooled features and the 5 logits. */
export const CLASSIFIER_NODES = {
  features: `${PREFIX}/keras_layer/StatefulPartitionedCall/StatefulPartitionedCall/StatefulPartitionedCall/predict/feature_vector/SpatialSqueeze`,
  logits: `${PREFIX}/dense/BiasAdd`,
};

/**
 * Embeds images with an intermediate layer of the bundled MobileNetV2 ("nsfw-classifier",
 * from nsfwjs): the 1792-number global-average-pooled features before its classification
 * head, plus the head's five logits (for `hardness`). The converter exposes those two
 * graph nodes as outputs (a second cached ONNX file). Bad images get `{ok: false, error}`.
 *
 * @example
 * const rows = await embedWithClassifier(view.values("filepath"));
 * rows[0].ok && rows[0].embedding.length; // 1792
 */
export async function embedWithClassifier(images: ReadonlyArray<string | Uint8Array>, options: MapImagesOptions = {}): Promise<Array<ImageResult<{ embedding: Float32Array; logits: Float32Array }>>> {
  const model = await loadModel("nsfw-classifier", { outputs: [CLASSIFIER_NODES.features, CLASSIFIER_NODES.logits] });
  return mapImages(images, async (image) => {
    const t = await imageToTensor(image, { size: 224, fit: "fill", layout: "nhwc" });
    const out = await model.session.run({ [model.inputNames[0]]: new ort.Tensor("float32", t.data, t.dims) });
    return { embedding: Float32Array.from(out[CLASSIFIER_NODES.features].data as Float32Array), logits: Float32Array.from(out[CLASSIFIER_NODES.logits].data as Float32Array) };
  }, options);
}
