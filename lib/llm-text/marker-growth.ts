import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";
import type { WordDocFrequencies } from "./word-doc-counter";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));

/** Options for {@link markerGrowth}. */
export interface MarkerGrowthOptions {
  /** Period to grow from. Default: the first key of `byPeriod`. */
  from?: string;
  /** Period to grow to. Default: the last key of `byPeriod`. */
  to?: string;
  /** Confidence level of the intervals. Default 0.95. */
  level?: number;
}

/** Two-sided standard normal quantile for a confidence level (Acklam-free: bisection on erf). */
function zFor(level: number): number {
  const erf = (x: number) => { const t = 1 / (1 + 0.3275911 * Math.abs(x)); const y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x); return x >= 0 ? y : -y; };
  let lo = 0, hi = 10;
  for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2; if (erf(mid / Math.SQRT2) < level) lo = mid; else hi = mid; }
  return (lo + hi) / 2;
}

/**
 * Growth of each marker's document share between two periods, next to the controls, as a
 * tidy Arquero table (one row per word). `growth` is share(to)/share(from) - 1 with a
 * delta-method interval on the log ratio (shares smoothed by +0.5 so zero counts work).
 * `excess` is the growth beyond the controls' typical (geometric mean) growth; its interval
 * adds the spread between control words, so it asks "could a neutral word have moved this
 * much?". `signal` is true when the excess interval lies above 0.
 *
 * @example
 * const t = markerGrowth({ "2022": f22, "2023": f23 }, ["intricate"], ["red", "blue"]);
 * t.filter((d) => d.signal).objects();
 */
export function markerGrowth(byPeriod: Record<string, WordDocFrequencies>, markers: readonly string[],
  controls: readonly string[], options: MarkerGrowthOptions = {}) {
  const periods = Object.keys(byPeriod ?? {});
  const { from = periods[0], to = periods[periods.length - 1], level = 0.95 } = options;
  if (!byPeriod[from] || !byPeriod[to] || from === to) {
    throw new InputError(`Expected two different periods among ${JSON.stringify(periods)}, got from=${from}, to=${to}.`,
      "Pass byPeriod with at least two periods, e.g. {\"2022\": wordDocFrequencies(...), \"2023\": ...}.");
  }
  if (controls.length < 2) {
    throw new InputError(`Expected at least 2 control words, got ${controls.length}.`,
      "Controls measure how much a neutral word moves; pass several, e.g. GRAY_WORDS.controls.");
  }
  const z = zFor(level);
  const a = byPeriod[from], b = byPeriod[to];
  const logRatio = (w: string) => {
    const ca = a.counts[w] ?? 0, cb = b.counts[w] ?? 0;
    const pa = (ca + 0.5) / (a.documents + 1), pb = (cb + 0.5) / (b.documents + 1);
    return { ca, cb, lr: Math.log(pb / pa), v: (1 - pa) / ((a.documents + 1) * pa) + (1 - pb) / ((b.documents + 1) * pb) };
  };
  const ctl = controls.map(logRatio);
  const base = ctl.reduce((s, c) => s + c.lr, 0) / ctl.length;
  const spread = ctl.reduce((s, c) => s + (c.lr - base) ** 2, 0) / (ctl.length - 1);
  const rows = [...markers.map((w) => [w, "marker"] as const), ...controls.map((w) => [w, "control"] as const)].map(([word, kind]) => {
    const r = logRatio(word);
    const sd = Math.sqrt(r.v);
    const sdx = Math.sqrt(r.v + spread * (1 + 1 / ctl.length));
    const ex = r.lr - base;
    return {
      word, kind, from, to, countFrom: r.ca, countTo: r.cb,
      shareFrom: a.documents ? r.ca / a.documents : 0, shareTo: b.documents ? r.cb / b.documents : 0,
      growth: Math.expm1(r.lr), low: Math.expm1(r.lr - z * sd), high: Math.expm1(r.lr + z * sd),
      excess: Math.expm1(ex), excessLow: Math.expm1(ex - z * sdx), excessHigh: Math.expm1(ex + z * sdx),
      signal: kind === "marker" && ex - z * sdx > 0,
    };
  });
  return aq.from(rows);
}
