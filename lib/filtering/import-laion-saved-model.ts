import { readFileSync } from "node:fs";
import { InputError } from "../errors/workshop-error";
import { foldLaionHead, type ImportedLaionHead } from "./import-laion-head";
import type { NpyArray } from "./read-npz";
import { readTfCheckpoint } from "./read-tf-checkpoint";
import { readZipEntries } from "./read-zip-entries";

/** An imported published head, with what the import could not carry over. */
export interface ImportedLaionSavedModel extends ImportedLaionHead {
  /**
   * Embedding columns the Keras model reads as categories (autokeras' MultiCategoryEncoding
   * "int"), not as numbers: in LAION's ViT-B/32 head, columns 92, 133 and 312. Their
   * vocabulary lives in the TF graph (saved_model.pb), which this import does not run, so
   * the imported head treats them as plain numbers: its output can differ there.
   */
  categoricalColumns: number[];
}

/**
 * Imports one of LAION's published CLIP-based NSFW heads straight from its zip (a Keras
 * SavedModel: clip_autokeras_nsfw_b32.zip for ViT-B/32, clip_autokeras_binary_nsfw.zip for
 * ViT-L/14), without Python: the weights are read from the checkpoint in `variables/`
 * (CRC-checked), the layer list from keras_metadata.pb, and the Normalization is folded
 * into the first dense layer as in `importLaionHead`. See `categoricalColumns` for the one
 * part that is not carried over.
 *
 * @example
 * const head = importLaionSavedModel("data/filtering/laion-clip-autokeras-nsfw-b32.zip");
 * head.inputs; // 512
 */
export function importLaionSavedModel(file: string | Uint8Array): ImportedLaionSavedModel {
  const label = typeof file === "string" ? `'${file}'` : `a buffer of ${file.length} bytes`;
  const entries = readZipEntries(typeof file === "string" ? new Uint8Array(readFileSync(file)) : file, label);
  const find = (suffix: string) => [...entries.keys()].find((k) => k.endsWith(suffix));
  const indexName = find("variables/variables.index"), dataName = find("variables/variables.data-00000-of-00001");
  if (!indexName || !dataName) {
    throw new InputError(`${label} holds no Keras SavedModel checkpoint (variables/variables.index and variables.data-00000-of-00001).`, "Pass LAION's clip_autokeras_*.zip as published, or a .npz to importLaionHead.");
  }
  const meta = find("keras_metadata.pb");
  const config = meta ? modelConfig(Buffer.from(entries.get(meta)!).toString("utf8")) : undefined;
  const layers = (config?.layers ?? []).map((l) => l.class_name);
  const core = layers.filter((c) => c !== "InputLayer" && c !== "Custom>MultiCategoryEncoding" && c !== "Dropout");
  const shape = /^Normalization(,Dense,ReLU)*,Dense,Activation$/;
  const last = config?.layers[config.layers.length - 1]?.config?.activation;
  if (config && (!shape.test(core.join(",")) || last !== "sigmoid")) {
    throw new InputError(`${label} has the layers ${core.join(", ")} (last activation ${last}); a LAION head is Normalization, (Dense, ReLU)*, Dense, sigmoid.`, "This importer reads LAION's CLIP-based NSFW heads only.");
  }
  const encoding: string[] = config?.layers.find((l) => l.class_name === "Custom>MultiCategoryEncoding")?.config?.encoding ?? [];
  const categoricalColumns = encoding.flatMap((e, i) => (e === "none" ? [] : [i]));
  const { tensors } = readTfCheckpoint(entries.get(indexName)!, entries.get(dataName)!);
  // Keras names checkpoint entries by the order of layers that own weights; the
  // Normalization owns mean/variance, each Dense kernel/bias.
  const value = (k: number, w: string) => tensors[`layer_with_weights-${k}/${w}/.ATTRIBUTES/VARIABLE_VALUE`];
  const arrays: Record<string, NpyArray> = {};
  const dense: string[] = [];
  for (let k = 0; k < 64; k++) {
    if (value(k, "mean") && value(k, "variance")) {
      arrays["normalization/mean"] = value(k, "mean");
      arrays["normalization/variance"] = value(k, "variance");
    } else if (value(k, "kernel") && value(k, "bias")) {
      dense.push(`dense_${k}`);
      arrays[`dense_${k}/kernel`] = value(k, "kernel");
      arrays[`dense_${k}/bias`] = value(k, "bias");
    }
  }
  return { ...foldLaionHead(arrays, { dense }), categoricalColumns };
}

interface KerasLayer { class_name: string; config?: { activation?: string; encoding?: string[] } }

/** The first model config in keras_metadata.pb: a JSON object inside the protobuf. */
function modelConfig(text: string): { layers: KerasLayer[] } | undefined {
  const start = text.indexOf('{"name": "model"');
  if (start < 0) return undefined;
  let depth = 0, inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) { if (c === "\\") i++; else if (c === '"') inString = false; continue; }
    if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return JSON.parse(text.slice(start, i + 1)).config;
  }
  return undefined;
}
