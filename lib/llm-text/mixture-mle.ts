/**
 * Maximum-likelihood mixing weight a in [0, 1] of a two-part mixture (1-a)·f0 + a·f1,
 * given each document's log-density ratio d = log f1(x) - log f0(x). The log-likelihood is
 * concave in a, so its derivative sum (e^d - 1) / (1 - a + a·e^d) is found by bisection.
 *
 * @example
 * mixtureMLE([-5, -5, -5, 5]); // about 0.25
 */
export function mixtureMLE(logRatios: ArrayLike<number>): number {
  const n = logRatios.length;
  const slope = (a: number) => {
    let g = 0;
    for (let i = 0; i < n; i++) {
      const d = logRatios[i];
      // (e^d - 1)/(1 - a + a e^d), rewritten to avoid overflow for large d
      g += d > 0 ? -Math.expm1(-d) / ((1 - a) * Math.exp(-d) + a) : Math.expm1(d) / (1 - a + a * Math.exp(d));
    }
    return g;
  };
  if (n === 0) return NaN;
  if (slope(0) <= 0) return 0;
  if (slope(1) >= 0) return 1;
  let lo = 0, hi = 1;
  for (let i = 0; i < 40; i++) { const mid = (lo + hi) / 2; if (slope(mid) > 0) lo = mid; else hi = mid; }
  return (lo + hi) / 2;
}
