import { InputError } from "../errors/workshop-error";
import { seededRandom, shuffled } from "../llm-text/seeded-random";
import { filteredMap } from "./filtered-map";
import { solveAssignment } from "./solve-assignment";

/** Options of {@link flas}. */
export interface FlasOptions {
  /** Grid columns (default: ceil(sqrt(n))); rows follow as ceil(n / columns). */
  columns?: number;
  /** Cells swapped together in one local assignment (default 49, the authors' value for 32 x 32). */
  swapSize?: number;
  /** Factor the filter radius shrinks by after each round (default 0.9). */
  radiusDecay?: number;
  /** Treat the grid as a torus (default false). */
  wrap?: boolean;
  /** Seed of the random start layout and the swap positions (default 7). */
  seed?: number;
}

/** A layout: `cells[i]` is the index of the vector placed at cell i (row-major), or -1 for an empty cell. */
export interface GridLayout {
  columns: number;
  rows: number;
  cells: Int32Array;
}

/**
 * Fast Linear Assignment Sorting (Barthel, Hezel, Jung, Schall, Computer Graphics Forum 2023):
 * vectors start at random cells; each round low-pass filters the grid (box filter of the
 * current radius) and then, many times, picks `swapSize` random cells near a random cell
 * and reassigns their vectors to those cells by an exact linear assignment on the squared
 * distances to the filtered grid (quantised to 2048 steps, as in the authors' notebook);
 * the radius shrinks by `radiusDecay` until it is below 1. Written from the algorithm in
 * Visual-Computing/LAS_FLAS (python/LAS_FLAS_DPQ_colors.ipynb, `sort_with_flas`); empty
 * cells are handled as in its Java FLAS (they take the filtered value of their cell and a
 * small weight in the filter).
 *
 * @example
 * const layout = flas(colours, { columns: 32 }); // colours: 1024 [r, g, b] vectors
 */
export function flas(vectors: ArrayLike<number>[], options: FlasOptions = {}): GridLayout {
  const n = vectors.length;
  if (n < 2) throw new InputError(`Expected at least 2 vectors, got ${n}.`, "Pass one feature vector per item.");
  const { swapSize = 49, radiusDecay = 0.9, wrap = false, seed = 7 } = options;
  const columns = options.columns ?? Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / columns);
  const N = columns * rows, dim = vectors[0].length;
  const rand = seededRandom(seed);
  const start = shuffled(Array.from({ length: N }, (_, i) => (i < n ? i : -1)), rand);
  const cells = Int32Array.from(start);
  const nc = Math.min(swapSize, N);
  const cost = new Float64Array(nc * nc);
  let radiusF = Math.max(columns, rows) / 2 - 1;
  while (radiusF >= 1) {
    const radius = Math.floor(radiusF);
    const map = filteredMap(vectors, cells, { columns, rows, dim, radius, wrap });
    const iters = 2 * Math.floor(N / nc) + 1;
    const swapRadius = Math.round(Math.max(radius, (Math.sqrt(nc) - 1) / 2));
    for (let it = 0; it < iters; it++) {
      const pos = swapPositions(Math.floor(rand() * N), swapRadius, nc, columns, rows, wrap, rand);
      let max = 0;
      for (let a = 0; a < pos.length; a++) {
        const item = cells[pos[a]];
        const fv = item >= 0 ? vectors[item] : null;
        for (let b = 0; b < pos.length; b++) {
          let s = 0;
          const m = pos[b] * dim;
          for (let d = 0; d < dim; d++) { const t = (fv ? fv[d] : map[pos[a] * dim + d]) - map[m + d]; s += t * t; }
          cost[a * pos.length + b] = s;
          if (s > max) max = s;
        }
      }
      const k = pos.length * pos.length;
      for (let i = 0; i < k; i++) cost[i] = max > 0 ? Math.floor((cost[i] / max) * 2048) : 0;
      const assign = solveAssignment(cost.subarray(0, k), pos.length);
      const items = pos.map((p) => cells[p]);
      for (let a = 0; a < pos.length; a++) cells[pos[assign[a]]] = items[a];
    }
    radiusF *= radiusDecay;
  }
  return { columns, rows, cells };
}

/** Up to `nc` distinct random cells from the (2r+1)^2 window around `pos` (moved inside the grid unless wrapping). */
function swapPositions(pos: number, r: number, nc: number, columns: number, rows: number, wrap: boolean, rand: () => number): number[] {
  const x = pos % columns, y = Math.floor(pos / columns);
  const span = (c: number, len: number) => {
    if (wrap) return Array.from({ length: Math.min(2 * r + 1, len) }, (_, i) => (((c - r + i) % len) + len) % len);
    let s = c - r, e = c + r + 1;
    if (s < 0) { s = 0; e = Math.min(2 * r + 1, len); }
    if (e > len) { e = len; s = Math.max(len - 2 * r - 1, 0); }
    return Array.from({ length: e - s }, (_, i) => s + i);
  };
  const xs = span(x, columns), ys = span(y, rows);
  const window: number[] = [];
  for (const yy of ys) for (const xx of xs) window.push(yy * columns + xx);
  return shuffled(window, rand).slice(0, nc);
}
