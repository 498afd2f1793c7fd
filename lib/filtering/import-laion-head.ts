import { InputError } from "../errors/workshop-error";
import type { DenseLayer, ScoringHead } from "../models/score-embeddings";
import { readNpz, type NpyArray } from "./read-npz";

export interface ImportLaionHeadOptions {
  /**
   * Dense layers in order, by Keras layer name (default ["dense", "dense_1", "dense_2"], the
   * names in LAION's ViT-B/32 and ViT-L/14 heads). Each needs `<name>/kernel` [in, out] and
   * `<name>/bias` [out]; all but the last are followed by ReLU, the last by the sigmoid.
   */
  dense?: string[];
  /** Keras Normalization layer name (default "normalization"): `<name>/mean`, `<name>/variance`. */
  normalization?: string;
}

/** A LAION head in the project's format, with what the import folded and found. */
export interface ImportedLaionHead extends ScoringHead {
  /** Embedding size the head takes. */
  inputs: number;
  /** What the sigmoid output means: LAION trained label 1 on Porn + Sexy + Hentai, so it is P(unsafe) ("punsafe"). */
  output: "punsafe";
}

const EPSILON = 1e-7; // Keras Normalization divides by max(sqrt(variance), epsilon)

function need(arrays: Record<string, NpyArray>, key: string, shape: Array<number | undefined>): NpyArray {
  const a = arrays[key];
  if (!a) throw new InputError(`The head file has no array '${key}'; it has ${Object.keys(arrays).join(", ")}.`, "Export every layer's weights as '<layer>/<weight>' (see the example in lib/filtering/import-laion-head.ts), or pass `dense`/`normalization` names.");
  if (a.shape.length !== shape.length || shape.some((s, i) => s !== undefined && s !== a.shape[i])) {
    throw new InputError(`'${key}' has shape [${a.shape}], expected [${shape.map((s) => s ?? "n")}].`, "Check that the layers are listed in order and belong to one head.");
  }
  return a;
}

/**
 * Imports a LAION CLIP-based NSFW head (Keras: Normalization -> Dense+ReLU -> Dense+ReLU ->
 * Dense -> sigmoid) from a NumPy .npz of its weights into the project's `ScoringHead`, which
 * `scoreEmbeddings` evaluates. The Normalization layer is folded into the first dense layer:
 * with s = max(sqrt(variance), 1e-7), W'[o][i] = W[i][o] / s[i] and
 * b'[o] = b[o] - sum_i W[i][o] * mean[i] / s[i], so the head is a plain MLP on the
 * L2-normalised CLIP embedding (clip-retrieval normalises embeddings before the head).
 * The weights come from the Keras model as, in Python with TensorFlow:
 * `np.savez("head.npz", **{f"{l.name}/{v.name.split('/')[-1].split(':')[0]}": v.numpy() for l in model.layers for v in l.weights})`.
 *
 * @example
 * const head = importLaionHead("models/laion-b32-head.npz");
 * scoreEmbeddings(embeddings, head); // punsafe per image
 */
export function importLaionHead(file: string | Uint8Array, options: ImportLaionHeadOptions = {}): ImportedLaionHead {
  return foldLaionHead(readNpz(file), options);
}

/** The fold itself, on weights already read (`<layer>/<weight>` -> array); shared with importLaionSavedModel. */
export function foldLaionHead(arrays: Record<string, NpyArray>, options: ImportLaionHeadOptions = {}): ImportedLaionHead {
  const { dense = ["dense", "dense_1", "dense_2"], normalization = "normalization" } = options;
  if (dense.length === 0) throw new InputError("A head needs at least one dense layer, got an empty `dense` list.", "List the Keras dense layer names in order.");
  const first = need(arrays, `${dense[0]}/kernel`, [undefined, undefined]);
  const inputs = first.shape[0];
  const mean = need(arrays, `${normalization}/mean`, [inputs]).data;
  const scale = Array.from(need(arrays, `${normalization}/variance`, [inputs]).data, (v) => Math.max(Math.sqrt(v), EPSILON));
  let width = inputs;
  const layers: DenseLayer[] = dense.map((name, k) => {
    const kernel = need(arrays, `${name}/kernel`, [width, k === dense.length - 1 ? 1 : undefined]);
    const out = kernel.shape[1];
    const bias = need(arrays, `${name}/bias`, [out]).data;
    const weight = Array.from({ length: out }, (_, o) => Array.from({ length: width }, (_, i) => kernel.data[i * out + o]));
    const b = Array.from(bias);
    if (k === 0) {
      for (let o = 0; o < out; o++) {
        for (let i = 0; i < width; i++) {
          b[o] -= weight[o][i] * mean[i] / scale[i];
          weight[o][i] /= scale[i];
        }
      }
    }
    width = out;
    return { weight, bias: b, activation: "relu" };
  });
  return { layers, inputs, output: "punsafe" };
}
