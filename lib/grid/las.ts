import { InputError } from "../errors/workshop-error";
import { seededRandom, shuffled } from "../llm-text/seeded-random";
import { filteredMap } from "./filtered-map";
import type { GridLayout } from "./flas";
import { solveAssignment } from "./solve-assignment";

/** Options of {@link las}. */
export interface LasOptions {
  /** Grid columns (default: ceil(sqrt(n))). */
  columns?: number;
  /** Factor the filter radius shrinks by after each round (default 0.85, the authors' notebook value). */
  radiusDecay?: number;
  /** Treat the grid as a torus (default false). */
  wrap?: boolean;
  /** Seed of the random start layout (default 7). */
  seed?: number;
}

/**
 * Linear Assignment Sorting (Barthel et al., Computer Graphics Forum 2023): like {@link flas}
 * but each round reassigns ALL vectors to all cells at once by one exact linear assignment
 * against the filtered grid. Better layouts, O(N^3) per round: seconds for 1024 vectors.
 * Written from `sort_with_las` in Visual-Computing/LAS_FLAS python/LAS_FLAS_DPQ_colors.ipynb.
 *
 * @example
 * const layout = las(colours, { columns: 32 });
 */
export function las(vectors: ArrayLike<number>[], options: LasOptions = {}): GridLayout {
  const n = vectors.length;
  if (n < 2) throw new InputError(`Expected at least 2 vectors, got ${n}.`, "Pass one feature vector per item.");
  const { radiusDecay = 0.85, wrap = false, seed = 7 } = options;
  const columns = options.columns ?? Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / columns);
  const N = columns * rows, dim = vectors[0].length;
  const cells = Int32Array.from(shuffled(Array.from({ length: N }, (_, i) => (i < n ? i : -1)), seededRandom(seed)));
  const cost = new Float64Array(N * N);
  let radiusF = Math.max(columns, rows) / 2 - 1;
  while (radiusF >= 1) {
    const map = filteredMap(vectors, cells, { columns, rows, dim, radius: Math.round(radiusF), wrap });
    const items = Array.from(cells);
    let max = 0;
    for (let a = 0; a < N; a++) {
      const fv = items[a] >= 0 ? vectors[items[a]] : null;
      for (let b = 0; b < N; b++) {
        let s = 0;
        for (let d = 0; d < dim; d++) { const t = (fv ? fv[d] : map[a * dim + d]) - map[b * dim + d]; s += t * t; }
        cost[a * N + b] = s;
        if (s > max) max = s;
      }
    }
    for (let i = 0; i < N * N; i++) cost[i] = max > 0 ? Math.floor((cost[i] / max) * 2048) : 0;
    const assign = solveAssignment(cost, N);
    for (let a = 0; a < N; a++) cells[assign[a]] = items[a];
    radiusF *= radiusDecay;
  }
  return { columns, rows, cells };
}
