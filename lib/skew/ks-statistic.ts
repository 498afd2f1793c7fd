/**
 * Two-sample Kolmogorov-Smirnov statistic: the largest gap between the two empirical
 * distribution functions, 0 (same distribution) to 1 (no overlap). Needs no bins.
 *
 * @example
 * ksStatistic([1, 2, 3], [4, 5, 6]); // 1
 */
export function ksStatistic(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return NaN;
  const x = a.slice().sort((p, q) => p - q), y = b.slice().sort((p, q) => p - q);
  let i = 0, j = 0, d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}
