import * as ort from "onnxruntime-node";
import { InputError } from "../errors/workshop-error";
import { imageToTensor, type ImageToTensorOptions } from "./image-to-tensor";
import { loadModel, type LoadedModel } from "./load-model";
import { mapImages, type ImageResult, type MapImagesOptions } from "./map-images";

/** CLIP's published pixel statistics (RGB), the default for `embedImages`. */
export const CLIP_MEAN: [number, number, number] = [0.48145466, 0.4578275, 0.40821073];
export const CLIP_STD: [number, number, number] = [0.26862954, 0.26130258, 0.27577711];

export interface EmbedImagesOptions extends ImageToTensorOptions, MapImagesOptions {
  /** Model input to feed (default the model's first input). */
  inputName?: string;
  /** Model output to read (default the model's first output). */
  outputName?: string;
}

/**
 * Runs a learner-supplied ONNX image encoder (e.g. a CLIP vision tower exported to ONNX)
 * on each image and returns one embedding per image. Preprocessing defaults to CLIP's:
 * 224x224 centre crop ("cover"), NCHW, RGB, CLIP mean/std; change any of it in `options`.
 * A bad image gets `{ok: false, error}` and the batch goes on.
 *
 * @example
 * const rows = await embedImages("models/clip-vit-b32-vision.onnx", ["a.jpg", "b.png"]);
 * rows.filter((r) => r.ok).map((r) => r.embedding.length); // [512, 512]
 */
export async function embedImages(
  model: string | LoadedModel,
  images: ReadonlyArray<string | Uint8Array>,
  options: EmbedImagesOptions = {},
): Promise<Array<ImageResult<{ embedding: Float32Array }>>> {
  const loaded = typeof model === "string" ? await loadModel(model) : model;
  const { inputName = loaded.inputNames[0], outputName = loaded.outputNames[0], onProgress } = options;
  if (!loaded.inputNames.includes(inputName)) {
    throw new InputError(`The model has no input '${inputName}'; its inputs are ${loaded.inputNames.join(", ")}.`, "Set `inputName` to one of them.");
  }
  if (!loaded.outputNames.includes(outputName)) {
    throw new InputError(`The model has no output '${outputName}'; its outputs are ${loaded.outputNames.join(", ")}.`, "Set `outputName` to one of them.");
  }
  const prep: ImageToTensorOptions = { fit: "cover", mean: CLIP_MEAN, std: CLIP_STD, ...options };
  return mapImages(images, async (image) => {
    const t = await imageToTensor(image, prep);
    const out = await loaded.session.run({ [inputName]: new ort.Tensor("float32", t.data, t.dims) }, [outputName]);
    return { embedding: Float32Array.from(out[outputName].data as Float32Array) };
  }, { onProgress });
}
