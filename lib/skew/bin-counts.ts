/**
 * Proportions of `values` in the bins between ascending `edges` (bins are closed on the
 * right, so a value equal to an edge counts in the lower bin; values past the ends go to
 * the end bins): edges.length + 1 bins. Right-closed bins keep a pile of zeros apart from
 * the positive values.
 *
 * @example
 * binCounts([0.1, 0.5, 0.7], [0.5]); // [2/3, 1/3]
 */
export function binCounts(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    let k = 0;
    while (k < edges.length && v > edges[k]) k++;
    counts[k]++;
  }
  return counts.map((c) => c / Math.max(1, values.length));
}

/** The `bins - 1` inner edges of equal-width bins over the pooled range of both samples. */
export function sharedEdges(a: readonly number[], b: readonly number[], bins: number): number[] {
  let lo = Infinity, hi = -Infinity;
  for (const v of a) { if (v < lo) lo = v; if (v > hi) hi = v; }
  for (const v of b) { if (v < lo) lo = v; if (v > hi) hi = v; }
  if (!(hi > lo)) return [];
  return Array.from({ length: bins - 1 }, (_, k) => lo + ((k + 1) * (hi - lo)) / bins);
}
