import { InputError } from "../errors/workshop-error";
import { seededRandom } from "../llm-text/seeded-random";

/**
 * Projects embeddings onto their first two principal components (centred, by power
 * iteration with deflation on the covariance, seeded start): the 2-D map FiftyOne's
 * `compute_visualization(method="pca")` draws. Returns one [x, y] per embedding and the
 * share of variance each axis explains. Written by hand: the inputs are a few hundred
 * vectors, and no small, maintained npm package does PCA without pulling a matrix library.
 *
 * @example
 * const { points, explained } = pca2d(embeddings); // points[i] = [x, y]
 */
export function pca2d(embeddings: ReadonlyArray<ArrayLike<number>>, options: { iterations?: number; seed?: number } = {}): { points: Array<[number, number]>; explained: [number, number] } {
  const { iterations = 200, seed = 1 } = options;
  const n = embeddings.length;
  if (n < 3) throw new InputError(`PCA needs at least 3 embeddings, got ${n}.`, "Embed more images first.");
  const dim = embeddings[0].length;
  const mean = new Float64Array(dim);
  for (const e of embeddings) for (let k = 0; k < dim; k++) mean[k] += e[k] / n;
  const X = embeddings.map((e) => Float64Array.from({ length: dim }, (_, k) => e[k] - mean[k]));
  const total = X.reduce((s, x) => s + x.reduce((a, v) => a + v * v, 0), 0);
  const rand = seededRandom(seed);
  const components: Float64Array[] = [];
  const variances: number[] = [];
  for (let c = 0; c < 2; c++) {
    let v = Float64Array.from({ length: dim }, () => rand() - 0.5);
    let lambda = 0;
    for (let it = 0; it < iterations; it++) {
      // w = X^T (X v), minus the parts along components already found
      const xv = X.map((x) => x.reduce((s, a, k) => s + a * v[k], 0));
      const w = new Float64Array(dim);
      X.forEach((x, i) => { for (let k = 0; k < dim; k++) w[k] += x[k] * xv[i]; });
      for (const u of components) { const d = w.reduce((s, a, k) => s + a * u[k], 0); for (let k = 0; k < dim; k++) w[k] -= d * u[k]; }
      const norm = Math.sqrt(w.reduce((s, a) => s + a * a, 0));
      if (!(norm > 0)) break;
      lambda = norm;
      v = w.map((a) => a / norm);
    }
    components.push(v);
    variances.push(lambda);
  }
  const points = X.map((x) => components.map((u) => x.reduce((s, a, k) => s + a * u[k], 0)) as [number, number]);
  return { points, explained: [variances[0] / (total || 1), variances[1] / (total || 1)] };
}
