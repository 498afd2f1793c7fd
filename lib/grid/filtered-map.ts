import { boxFilter } from "./box-filter";

/**
 * The grid's vectors box-filtered at `radius` (the "map" LAS and FLAS assign vectors to);
 * empty cells (-1) weigh 0.01 and carry the mean vector, as in the authors' Java FLAS.
 *
 * @example
 * filteredMap(vectors, layout.cells, { columns: 32, rows: 32, dim: 3, radius: 4, wrap: false })
 */
export function filteredMap(vectors: ArrayLike<number>[], cells: Int32Array, o: { columns: number; rows: number; dim: number; radius: number; wrap: boolean }): Float64Array {
  const { columns, rows, dim, radius, wrap } = o;
  const N = columns * rows;
  const sum = new Float64Array(N * dim), weight = new Float64Array(N), mean = new Float64Array(dim);
  let filled = 0;
  for (let c = 0; c < N; c++) if (cells[c] >= 0) { filled++; for (let d = 0; d < dim; d++) mean[d] += vectors[cells[c]][d]; }
  for (let d = 0; d < dim; d++) mean[d] /= filled;
  for (let c = 0; c < N; c++) {
    const w = cells[c] >= 0 ? 1 : 0.01;
    const v = cells[c] >= 0 ? vectors[cells[c]] : mean;
    weight[c] = w;
    for (let d = 0; d < dim; d++) sum[c * dim + d] = w * v[d];
  }
  const f = { columns, rows, radiusX: radius, radiusY: radius, wrap };
  const s = boxFilter(sum, { ...f, dim }), w = boxFilter(weight, { ...f, dim: 1 });
  for (let c = 0; c < N; c++) for (let d = 0; d < dim; d++) s[c * dim + d] /= w[c];
  return s;
}
