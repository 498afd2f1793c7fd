import { InputError } from "../errors/workshop-error";
import { seededRandom } from "../llm-text/seeded-random";

/**
 * Projects embeddings onto their first two principal components: the 2-D map FiftyOne's
 * `compute_visualization(method="pca")` draws. Returns one [x, y] per embedding and the
 * share of variance each axis explains. Written by hand (no small, maintained npm package
 * does PCA without a matrix library): the embeddings are centred, and the top two
 * eigenvectors of the n x n Gram matrix X Xᵀ are found by power iteration with deflation
 * (seeded start); with n samples and d dimensions that costs n²d once, cheaper than the
 * d x d covariance when there are fewer samples than dimensions, as here.
 *
 * @example
 * const { points, explained } = pca2d(embeddings); // points[i] = [x, y]
 */
export function pca2d(embeddings: ReadonlyArray<ArrayLike<number>>, options: { iterations?: number; seed?: number } = {}): { points: Array<[number, number]>; explained: [number, number] } {
  const { iterations = 500, seed = 1 } = options;
  const n = embeddings.length;
  if (n < 3) throw new InputError(`PCA needs at least 3 embeddings, got ${n}.`, "Embed more images first.");
  const dim = embeddings[0].length;
  const mean = new Float64Array(dim);
  for (const e of embeddings) for (let k = 0; k < dim; k++) mean[k] += e[k] / n;
  const X = embeddings.map((e) => { const v = new Float64Array(dim); for (let k = 0; k < dim; k++) v[k] = e[k] - mean[k]; return v; });
  const K = X.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let dot = 0;
      const a = X[i], b = X[j];
      for (let k = 0; k < dim; k++) dot += a[k] * b[k];
      K[i][j] = dot; K[j][i] = dot;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += K[i][i];
  const rand = seededRandom(seed);
  const found: Array<{ u: Float64Array; lambda: number }> = [];
  for (let c = 0; c < 2; c++) {
    let u = Float64Array.from({ length: n }, () => rand() - 0.5);
    let lambda = 0;
    for (let it = 0; it < iterations; it++) {
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) { let s = 0; const row = K[i]; for (let j = 0; j < n; j++) s += row[j] * u[j]; w[i] = s; }
      for (const f of found) { let d = 0; for (let i = 0; i < n; i++) d += w[i] * f.u[i]; for (let i = 0; i < n; i++) w[i] -= d * f.u[i]; }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += w[i] * w[i];
      norm = Math.sqrt(norm);
      if (!(norm > 0)) break;
      lambda = norm;
      for (let i = 0; i < n; i++) u[i] = w[i] / norm;
    }
    found.push({ u, lambda });
  }
  // The projection of sample i on component c is sqrt(lambda_c) * u_c[i] (X v = sqrt(lambda) u).
  const points = X.map((_, i) => found.map((f) => Math.sqrt(f.lambda) * f.u[i]) as [number, number]);
  return { points, explained: [found[0].lambda / (total || 1), found[1].lambda / (total || 1)] };
}
