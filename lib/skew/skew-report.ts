import * as aq from "arquero";
import { InputError } from "../errors/workshop-error";
import { jensenShannon } from "./jensen-shannon";
import { ksStatistic } from "./ks-statistic";
import { psi } from "./psi";

/** Options of {@link skewReport}. */
export interface SkewReportOptions {
  /** Features to compare (default every numeric field of the first row of `a`, except width and height). */
  features?: string[];
  /** Distance to rank by: "ks", "psi", "js" or "effect" (default "ks"; ties broken by |effect|). */
  rankBy?: "ks" | "psi" | "js" | "effect";
  /** Bins for PSI and Jensen-Shannon (default 10). */
  bins?: number;
}

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
 * biggest shift first, with a `rank` column (1 = most skewed).
 *
 * @example
 * const report = skewReport(await imageFeatures(train), await imageFeatures(deploy));
 * report.get("feature", 0); // "sharpness"
 */
export function skewReport(rowsA: ReadonlyArray<object>, rowsB: ReadonlyArray<object>, options: SkewReportOptions = {}): aq.ColumnTable {
  const a = rowsA as readonly Row[], b = rowsB as readonly Row[];
  const first = a.find((r) => r.ok !== false);
  const { features = first ? Object.keys(first).filter((k) => typeof first[k] === "number" && k !== "width" && k !== "height") : [], rankBy = "ks", bins = 10 } = options;
  if (a.length === 0 || b.length === 0 || features.length === 0) {
    throw new InputError(`Expected two non-empty sets of feature rows, got ${a.length} and ${b.length} rows with ${features.length} numeric features.`, "Pass the rows of imageFeatures() or textFeatures() for each set.");
  }
  const rows = features.map((feature) => {
    const x = column(a, feature), y = column(b, feature);
    const pooled = Math.sqrt((sd(x) ** 2 + sd(y) ** 2) / 2);
    const effect = pooled > 0 ? (mean(y) - mean(x)) / pooled : mean(y) === mean(x) ? 0 : Infinity * Math.sign(mean(y) - mean(x));
    return { feature, meanA: mean(x), meanB: mean(y), effect, ks: ksStatistic(x, y), psi: psi(x, y, { bins }), js: jensenShannon(x, y, { bins }) };
  });
  const key = (r: (typeof rows)[number]) => (rankBy === "effect" ? Math.abs(r.effect) : r[rankBy]);
  rows.sort((p, q) => key(q) - key(p) || Math.abs(q.effect) - Math.abs(p.effect));
  return aq.from(rows.map((r, i) => ({ rank: i + 1, ...r })));
}
