/**
 * All pairwise cosine distances (1 - cosine similarity), as sklearn's
 * `pairwise_distances(metric="cosine")`. With `center`, the mean embedding is subtracted
 * first, as fiftyone-brain's sklearn index does (fiftyone/brain/internal/core/sklearn.py,
 * `_build_dists`). A zero vector has distance 1 to everything.
 *
 * @example
 * cosineDistances([[1, 0], [0, 1]]); // [[0, 1], [1, 0]]
 */
export function cosineDistances(embeddings: ReadonlyArray<ArrayLike<number>>, options: { center?: boolean } = {}): number[][] {
  const n = embeddings.length, dim = n ? embeddings[0].length : 0;
  const mean = new Float64Array(dim);
  if (options.center) for (const e of embeddings) for (let k = 0; k < dim; k++) mean[k] += e[k] / n;
  const vecs = embeddings.map((e) => {
    const v = new Float64Array(dim);
    let norm = 0;
    for (let k = 0; k < dim; k++) { v[k] = e[k] - mean[k]; norm += v[k] * v[k]; }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < dim; k++) v[k] /= norm;
    return v;
  });
  const out = vecs.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let dot = 0;
      for (let k = 0; k < dim; k++) dot += vecs[i][k] * vecs[j][k];
      const d = i === j ? 0 : Math.max(0, 1 - dot);
      out[i][j] = d; out[j][i] = d;
    }
  }
  return out;
}
