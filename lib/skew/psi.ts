import { binCounts } from "./bin-counts";

/** Options of {@link psi}. */
export interface PsiOptions {
  /** Number of bins, cut at the quantiles of the reference sample (default 10, deciles). */
  bins?: number;
  /** Floor for empty bins so the logarithm stays finite (default 1e-4). */
  epsilon?: number;
}

/**
 * Population Stability Index of `actual` against `reference`: sum over bins of
 * (a - r) ln(a / r). Rule of thumb: < 0.1 stable, 0.1-0.25 moderate shift, > 0.25 major.
 *
 * @example
 * psi(trainBrightness, deployBrightness); // 0.42 -> a major shift
 */
export function psi(reference: readonly number[], actual: readonly number[], options: PsiOptions = {}): number {
  const { bins = 10, epsilon = 1e-4 } = options;
  if (reference.length === 0 || actual.length === 0) return NaN;
  const sorted = reference.slice().sort((p, q) => p - q);
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) cuts.push(sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / bins))]);
  // A value that fills several deciles is a point mass (all zeros, all ones): give it a bin of its own,
  // (e - tiny, e], so values just below or above it are told apart from it.
  const edges: number[] = [];
  for (const [k, e] of cuts.entries()) {
    if (edges.length && e <= edges[edges.length - 1]) continue;
    if (cuts.indexOf(e) !== cuts.lastIndexOf(e) || (k === 0 && e === sorted[0])) edges.push(e - 1e-9 * Math.max(1, Math.abs(e)));
    edges.push(e);
  }
  const r = binCounts(reference, edges), a = binCounts(actual, edges);
  let sum = 0;
  for (let k = 0; k < r.length; k++) {
    const rk = Math.max(r[k], epsilon), ak = Math.max(a[k], epsilon);
    sum += (ak - rk) * Math.log(ak / rk);
  }
  return sum;
}
