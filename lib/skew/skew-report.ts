import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";
import { jensenShannon } from "./jensen-shannon";
import { ksStatistic } from "./ks-statistic";
import { psi } from "./psi";
import { permutationP } from "./permutation-p";
import { seededRandom, shuffled } from "../llm-text/seeded-random";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));

/** Options of {@link skewReport}. */
export interface SkewReportOptions {
  /** Features to compare (default every numeric field of the first row of `a`, except width and height). */
  features?: string[];
  /** Distance to rank by: "ks", "psi", "js" or "effect" (default "ks"; ties broken by |effect|). */
  rankBy?: "ks" | "psi" | "js" | "effect";
  /** Bins for PSI and Jensen-Shannon (default 10). */
  bins?: number;
  /** Relabellings for the permutation p-value of the ranking distance, column `p` (default 499, p down to 0.002; 0 leaves it out). */
  permutations?: number;
  /** Append the null control row: two random halves of set A compared (default true). */
  nullRow?: boolean;
  /** Seed of the permutations and of the halves (default 1). */
  seed?: number;
}

/** The `feature` of the null control row that {@link skewReport} appends. */
export const NULL_ROW = "null: A vs A";

type Row = Record<string, unknown>;

/** Finite numbers of one feature; rows with ok === false are skipped. */
function column(rows: readonly Row[], f: string): number[] {
  return rows.filter((r) => r.ok !== false).map((r) => r[f]).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}

const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const sd = (v: number[]) => { const m = mean(v); return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(1, v.length - 1)); };

/**
 * Compares two sets of feature rows (e.g. training vs deployment images) feature by
 * feature: means, effect size (mean difference in pooled standard deviations), KS
 * statistic, PSI and Jensen-Shannon divergence. Returns an Arquero table ranked by the
 * biggest shift first, with a `rank` column (1 = most skewed) and `p`, the permutation
 * p-value of the ranking distance (how often random splits of the pooled rows with no
 * shift are as far apart).
 *
 * The last row is the null control, `feature: "null: A vs A"` (no rank): set A split into
 * two random halves and compared with itself, each distance the largest over all
 * features. No feature has shifted there, so any value a real feature does not clearly
 * exceed is what sampling noise alone produces at this size (halves are noisier than the
 * full sets; the `p` column is calibrated at the real sizes). With a few dozen rows per
 * set, PSI's rule of thumb (0.25 = major shift) does not hold: the null row shows it.
 *
 * @example
 * const report = skewReport(await imageFeatures(train), await imageFeatures(deploy));
 * report.get("feature", 0); // "sharpness"
 */
export function skewReport(rowsA: ReadonlyArray<object>, rowsB: ReadonlyArray<object>, options: SkewReportOptions = {}): Arquero.ColumnTable {
  const a = rowsA as readonly Row[], b = rowsB as readonly Row[];
  const first = a.find((r) => r.ok !== false);
  const { features = first ? Object.keys(first).filter((k) => typeof first[k] === "number" && k !== "width" && k !== "height") : [], rankBy = "ks", bins = 10,
    permutations = 499, nullRow = true, seed = 1 } = options;
  if (a.length === 0 || b.length === 0 || features.length === 0) {
    throw new InputError(`Expected two non-empty sets of feature rows, got ${a.length} and ${b.length} rows with ${features.length} numeric features.`, "Pass the rows of imageFeatures() or textFeatures() for each set.");
  }
  const distance = rankingDistance(rankBy, bins);
  const rows = features.map((feature) => {
    const x = column(a, feature), y = column(b, feature);
    const effect = effectSize(x, y);
    return { feature, meanA: mean(x), meanB: mean(y), effect, ks: ksStatistic(x, y), psi: psi(x, y, { bins }), js: jensenShannon(x, y, { bins }),
      ...(permutations > 0 ? { p: permutationP(x, y, distance, { permutations, seed }) } : {}) };
  });
  const key = (r: (typeof rows)[number]) => (rankBy === "effect" ? Math.abs(r.effect) : r[rankBy]);
  rows.sort((p, q) => key(q) - key(p) || Math.abs(q.effect) - Math.abs(p.effect));
  const ranked: Record<string, unknown>[] = rows.map((r, i) => ({ rank: i + 1, ...r }));
  if (nullRow) ranked.push(nullControl(a, features, bins, seed, permutations > 0));
  return aq.from(ranked);
}

/** Cohen-style effect size: mean difference in pooled standard deviations. */
function effectSize(x: number[], y: number[]): number {
  const pooled = Math.sqrt((sd(x) ** 2 + sd(y) ** 2) / 2);
  return pooled > 0 ? (mean(y) - mean(x)) / pooled : mean(y) === mean(x) ? 0 : Infinity * Math.sign(mean(y) - mean(x));
}

type Distance = (x: readonly number[], y: readonly number[]) => number;
/** The distance a report ranks by, as a function of two samples. */
function rankingDistance(rankBy: "ks" | "psi" | "js" | "effect", bins: number): Distance {
  if (rankBy === "psi") return (x, y) => psi(x, y, { bins });
  if (rankBy === "js") return (x, y) => jensenShannon(x, y, { bins });
  if (rankBy === "effect") return (x, y) => Math.abs(effectSize(x.slice(), y.slice()));
  return ksStatistic;
}

/** Two seeded random halves of set A, compared feature by feature; each distance the largest over the features. */
function nullControl(a: readonly Row[], features: string[], bins: number, seed: number, withP: boolean): Record<string, unknown> {
  const rows = shuffled(a.filter((r) => r.ok !== false), seededRandom(seed + 1));
  const half = Math.floor(rows.length / 2);
  const left = rows.slice(0, half), right = rows.slice(half);
  let ks = 0, p = 0, j = 0;
  for (const f of features) {
    const x = column(left, f), y = column(right, f);
    if (x.length === 0 || y.length === 0) continue;
    ks = Math.max(ks, ksStatistic(x, y));
    p = Math.max(p, psi(x, y, { bins }));
    j = Math.max(j, jensenShannon(x, y, { bins }));
  }
  return { rank: null, feature: NULL_ROW, meanA: null, meanB: null, effect: null, ks, psi: p, js: j, ...(withP ? { p: null } : {}) };
}
