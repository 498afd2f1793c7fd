import { InputError } from "../errors/workshop-error";

/** One dense layer: `weight[out][in]`, `bias[out]`, then the activation (default "relu"). */
export interface DenseLayer {
  weight: number[][];
  bias: number[];
  activation?: "relu" | "none";
}

/**
 * A small scoring head on image embeddings, in the design of the LAION CLIP-based NSFW
 * detector: L2-normalised embedding -> a few dense layers -> sigmoid. The last layer must
 * have one output (its activation is ignored: the sigmoid replaces it).
 */
export interface ScoringHead {
  layers: DenseLayer[];
}

function dense(x: number[], layer: DenseLayer, last: boolean): number[] {
  return layer.weight.map((row, o) => {
    if (row.length !== x.length) {
      throw new InputError(`A layer expects ${row.length} inputs but got ${x.length}.`, "Use a head trained on embeddings of this size.");
    }
    let s = layer.bias[o] ?? 0;
    for (let i = 0; i < row.length; i++) s += row[i] * x[i];
    return !last && (layer.activation ?? "relu") === "relu" ? Math.max(0, s) : s;
  });
}

/** The embedding scaled to unit length (zero vectors stay zero). */
export function l2Normalize(v: ArrayLike<number>): number[] {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  const norm = Math.sqrt(n) || 1;
  return Array.from(v, (x) => x / norm);
}

/**
 * Scores each embedding with a scoring head: one probability in [0, 1] per embedding.
 *
 * @example
 * const head = { layers: [{ weight: [[1, 0]], bias: [0] }] };
 * scoreEmbeddings([[3, 4]], head); // [sigmoid(0.6)] ≈ [0.646]
 */
export function scoreEmbeddings(embeddings: ReadonlyArray<ArrayLike<number>>, head: ScoringHead): number[] {
  const last = head.layers[head.layers.length - 1];
  if (!last || last.weight.length !== 1) {
    throw new InputError(`A scoring head must end in a layer with 1 output, got ${last ? last.weight.length : "no layers"}.`, "Check the head's last layer.");
  }
  return embeddings.map((e) => {
    let x = l2Normalize(e);
    head.layers.forEach((layer, i) => { x = dense(x, layer, i === head.layers.length - 1); });
    return 1 / (1 + Math.exp(-x[0]));
  });
}
