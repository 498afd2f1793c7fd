import { InputError } from "../errors/workshop-error";

/** Options of {@link dpq}. */
export interface DpqOptions {
  /** Grid columns; the grid is `cells` in row-major order (default: a square grid, sqrt of the length). */
  columns?: number;
  /** The p of DPQ_p (default 16, the authors' choice for comparing sorters). */
  p?: number;
  /** Measure grid distance on a torus, opposite edges adjacent (default false). */
  wrap?: boolean;
}

/**
 * Distance Preservation Quality DPQ_p of a grid layout (Barthel, Hezel, Jung, Schall,
 * Computer Graphics Forum 2023, arXiv 2205.04255), written here from the definition in the
 * authors' code (Visual-Computing/LAS_FLAS, c_python/src/vc_flas/metrics.py,
 * `distance_preservation_quality`):
 * - D = Euclidean distances between all vectors; mean_D = their mean over pairs;
 * - each row of D sorted ascending gives the best possible neighbour order; each row
 *   sorted by squared grid distance, ties broken by D (the key hd/(1.0001 max D) + grid
 *   distance, sorted, then fmod 1) gives the layout's order: of four cells at grid distance
 *   1 the closest vector counts first, which is why a random layout scores about 0.34, not 0;
 * - D_k = mean over cells of the mean distance to the first k neighbours, k = 1 .. N-1;
 *   gain_k = max(0, (mean_D - D_k) / mean_D);
 * - DPQ_p = ||gain(layout)||_p / ||gain(best order)||_p.
 * Holes (null cells) are left out of both orders, as metrics.py does with `valid`.
 *
 * @example
 * dpq([[0], [1], [3]], { columns: 3 }) // 1: every cell's nearest grid neighbour is its nearest vector
 */
export function dpq(cells: (ArrayLike<number> | null)[], options: DpqOptions = {}): number {
  const columns = options.columns ?? Math.round(Math.sqrt(cells.length));
  const { p = 16, wrap = false } = options;
  const rows = Math.ceil(cells.length / columns);
  if (!(columns >= 1) || rows * columns !== cells.length) {
    throw new InputError(`Expected a full grid of columns x rows cells, got ${cells.length} cells for ${columns} columns.`, "Pass `columns` (and null for empty cells) so cells.length is a multiple of it.");
  }
  const at: number[] = [];
  const vecs: ArrayLike<number>[] = [];
  cells.forEach((c, i) => { if (c) { at.push(i); vecs.push(c); } });
  const n = vecs.length;
  if (n < 3) throw new InputError(`Expected at least 3 filled cells, got ${n}.`, "DPQ compares neighbour orders; use a bigger grid.");
  const dim = vecs[0].length;
  const hd = new Float64Array(n * n);
  let max = 0, sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let d = 0; d < dim; d++) { const t = vecs[i][d] - vecs[j][d]; s += t * t; }
      const v = Math.sqrt(s);
      hd[i * n + j] = hd[j * n + i] = v;
      if (v > max) max = v;
      sum += 2 * v;
    }
  }
  const meanD = sum / (n * (n - 1));
  const scale = max * 1.0001 || 1;
  const bestK = new Float64Array(n - 1), gridK = new Float64Array(n - 1);
  const row = new Float64Array(n), key = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = at[i] % columns, yi = Math.floor(at[i] / columns);
    for (let j = 0; j < n; j++) {
      let dx = Math.abs(at[j] % columns - xi), dy = Math.abs(Math.floor(at[j] / columns) - yi);
      if (wrap) { dx = Math.min(dx, columns - dx); dy = Math.min(dy, rows - dy); }
      row[j] = hd[i * n + j];
      key[j] = row[j] / scale + dx * dx + dy * dy;
    }
    row.sort();
    key.sort();
    addCumulativeMeans(row, bestK);
    for (let j = 0; j < n; j++) key[j] = (key[j] % 1) * scale;
    addCumulativeMeans(key, gridK);
  }
  return pNorm(gains(gridK, n, meanD), p) / pNorm(gains(bestK, n, meanD), p);
}

/** Adds, for k = 1 .. n-1, the mean of sorted[1..k] (index 0 is the cell itself) into acc[k-1]. */
function addCumulativeMeans(sorted: Float64Array, acc: Float64Array): void {
  let c = 0;
  for (let k = 1; k < sorted.length; k++) { c += sorted[k]; acc[k - 1] += c / k; }
}

function gains(sumK: Float64Array, n: number, meanD: number): Float64Array {
  return sumK.map((s) => Math.max(0, (meanD - s / n) / meanD));
}

function pNorm(v: Float64Array, p: number): number {
  let m = 0;
  for (const x of v) if (x > m) m = x;
  if (m === 0) return 0;
  let s = 0;
  for (const x of v) s += (x / m) ** p;
  return m * s ** (1 / p);
}
