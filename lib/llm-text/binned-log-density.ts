/**
 * A smooth density of 1-D samples (Gaussian kernel density, Silverman's bandwidth,
 * evaluated on a grid of `bins` points and interpolated), returned as a log-density
 * function. Inside the grid the density is floored at 1e-9 of its peak; beyond it, it
 * falls off as a Gaussian tail, so no value is -Infinity and farther is always less likely.
 *
 * @example
 * const logf = binnedLogDensity([0.1, 0.4, 0.5, 0.9]);
 * logf(0.5) > logf(3); // true
 */
export function binnedLogDensity(samples: ArrayLike<number>, bins = 256): (x: number) => number {
  const n = samples.length;
  let mean = 0; for (let i = 0; i < n; i++) mean += samples[i]; mean /= n;
  let v = 0; for (let i = 0; i < n; i++) v += (samples[i] - mean) ** 2; v /= Math.max(1, n - 1);
  const h = Math.max(1.06 * Math.sqrt(v) * n ** -0.2, 1e-3);
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) { if (samples[i] < min) min = samples[i]; if (samples[i] > max) max = samples[i]; }
  const lo = min - 4 * h, step = (max + 4 * h - lo) / (bins - 1);
  const hist = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const t = (samples[i] - lo) / step, j = Math.floor(t), f = t - j;
    hist[j] += 1 - f; if (j + 1 < bins) hist[j + 1] += f;
  }
  const dens = new Float64Array(bins);
  const reach = Math.ceil((4 * h) / step);
  const kernel = Float64Array.from({ length: reach + 1 }, (_, d) => Math.exp(-0.5 * ((d * step) / h) ** 2));
  for (let j = 0; j < bins; j++) {
    if (hist[j] === 0) continue;
    for (let k = Math.max(0, j - reach); k <= Math.min(bins - 1, j + reach); k++) {
      dens[k] += hist[j] * kernel[k > j ? k - j : j - k];
    }
  }
  const norm = n * h * Math.sqrt(2 * Math.PI);
  let peak = 0; for (let k = 0; k < bins; k++) { dens[k] /= norm; if (dens[k] > peak) peak = dens[k]; }
  const floor = peak * 1e-9;
  const logd = dens.map((d) => Math.log(Math.max(d, floor)));
  const hi = lo + step * (bins - 1);
  return (x: number) => {
    const t = (x - lo) / step;
    // beyond the grid: a Gaussian tail from the edge value, so farther is always less likely
    if (t < 0) return logd[0] - 0.5 * ((lo - x) / h) ** 2;
    if (t > bins - 1) return logd[bins - 1] - 0.5 * ((x - hi) / h) ** 2;
    const j = Math.min(bins - 2, Math.floor(t)), f = t - j;
    return logd[j] * (1 - f) + logd[j + 1] * f;
  };
}
