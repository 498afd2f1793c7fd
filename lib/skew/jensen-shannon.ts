import { binCounts, sharedEdges } from "./bin-counts";

/** Options of {@link jensenShannon}. */
export interface JensenShannonOptions {
  /** Equal-width bins over the pooled range of both samples (default 10). */
  bins?: number;
}

/**
 * Jensen-Shannon divergence (base 2) between the histograms of two samples:
 * 0 = same histogram, 1 = no bin in common. Symmetric, always finite.
 *
 * @example
 * jensenShannon([0, 0, 1, 1], [0, 0, 1, 1]); // 0
 */
export function jensenShannon(a: readonly number[], b: readonly number[], options: JensenShannonOptions = {}): number {
  const { bins = 10 } = options;
  if (a.length === 0 || b.length === 0) return NaN;
  const edges = sharedEdges(a, b, bins);
  const p = binCounts(a, edges), q = binCounts(b, edges);
  let d = 0;
  for (let k = 0; k < p.length; k++) {
    const m = (p[k] + q[k]) / 2;
    if (p[k] > 0) d += 0.5 * p[k] * Math.log2(p[k] / m);
    if (q[k] > 0) d += 0.5 * q[k] * Math.log2(q[k] / m);
  }
  return Math.max(0, d);
}
