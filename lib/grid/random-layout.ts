import { seededRandom, shuffled } from "../llm-text/seeded-random";
import type { GridLayout } from "./flas";

/**
 * A seeded random layout of n items on a grid: the baseline every sorter must beat.
 *
 * @example
 * randomLayout(1024, { columns: 32, seed: 1 }).cells.length // 1024
 */
export function randomLayout(n: number, options: { columns?: number; seed?: number } = {}): GridLayout {
  const { seed = 1 } = options;
  const columns = options.columns ?? Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / columns);
  const cells = Int32Array.from(shuffled(Array.from({ length: columns * rows }, (_, i) => (i < n ? i : -1)), seededRandom(seed)));
  return { columns, rows, cells };
}
