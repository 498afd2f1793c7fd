import { InputError } from "../errors/workshop-error";

export interface SimilarToOptions {
  /** How many neighbours to return (default 5). */
  k?: number;
}

/**
 * The `k` samples most similar to sample `query` by cosine similarity of their embeddings
 * (FiftyOne's `sort_by_similarity` with the sklearn backend and metric "cosine",
 * fiftyone/brain/similarity.py and internal/core/sklearn.py), best first, the query itself
 * left out. Returns indices and similarities.
 *
 * @example
 * similarTo(embeddings, 4, { k: 3 }); // [{index: 17, similarity: 0.99}, ...]
 */
export function similarTo(embeddings: ReadonlyArray<ArrayLike<number>>, query: number, options: SimilarToOptions = {}): Array<{ index: number; similarity: number }> {
  const { k = 5 } = options;
  if (!(query >= 0 && query < embeddings.length)) throw new InputError(`No sample at index ${query}; there are ${embeddings.length}.`, "Pass the position of the query sample in the embeddings list.");
  const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0)) || 1;
  const q = embeddings[query], nq = norm(q);
  return embeddings.map((e, index) => {
    let dot = 0;
    for (let i = 0; i < e.length; i++) dot += e[i] * q[i];
    return { index, similarity: dot / (norm(e) * nq) };
  }).filter((x) => x.index !== query).sort((a, b) => b.similarity - a.similarity || a.index - b.index).slice(0, k);
}
