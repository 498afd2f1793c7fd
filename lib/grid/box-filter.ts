/**
 * Box-filters a grid of vectors (rows x columns x dim, row-major) in place of a copy: the
 * mean over a (2 radiusX + 1) x (2 radiusY + 1) window, with the border mirrored (a b c | c b a,
 * scipy's "reflect") or wrapped around. Separable: rows, then columns.
 *
 * @example
 * boxFilter(new Float64Array([0, 3, 6]), { columns: 3, rows: 1, dim: 1, radiusX: 1, radiusY: 0 }) // [1, 3, 5]
 */
export function boxFilter(map: Float64Array, o: { columns: number; rows: number; dim: number; radiusX: number; radiusY: number; wrap?: boolean }): Float64Array {
  const { columns, rows, dim, wrap = false } = o;
  const tmp = pass(map, columns, rows, dim, Math.min(o.radiusX, Math.floor((columns - 1) / 2)), wrap, columns, 1);
  return pass(tmp, rows, columns, dim, Math.min(o.radiusY, Math.floor((rows - 1) / 2)), wrap, 1, columns);
}

/** Filters along lines of `len` cells (cell stride `step`), `count` lines apart by `lineStep`. */
function pass(src: Float64Array, len: number, count: number, dim: number, r: number, wrap: boolean, lineStep: number, step: number): Float64Array {
  if (r <= 0) return src.slice();
  const out = new Float64Array(src.length);
  const size = 2 * r + 1;
  const idx = (t: number) => {
    if (wrap) return ((t % len) + len) % len;
    let k = t;
    for (;;) { if (k < 0) k = -k - 1; else if (k >= len) k = 2 * len - k - 1; else return k; }
  };
  const acc = new Float64Array(dim);
  for (let line = 0; line < count; line++) {
    const base = line * lineStep;
    acc.fill(0);
    for (let t = -r; t <= r; t++) { const c = (base + idx(t) * step) * dim; for (let d = 0; d < dim; d++) acc[d] += src[c + d]; }
    for (let t = 0; t < len; t++) {
      const o = (base + t * step) * dim;
      for (let d = 0; d < dim; d++) out[o + d] = acc[d] / size;
      const add = (base + idx(t + r + 1) * step) * dim, drop = (base + idx(t - r) * step) * dim;
      for (let d = 0; d < dim; d++) acc[d] += src[add + d] - src[drop + d];
    }
  }
  return out;
}
