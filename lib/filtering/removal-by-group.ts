import { InputError } from "../errors/workshop-error";
import { seededRandom } from "../llm-text/seeded-random";

export interface RemovalByGroupOptions {
  /** Random same-size samples of all texts drawn for the null control (default 200). */
  draws?: number;
  /** Seed of the draws (default 8). */
  seed?: number;
}

/** How hard a filter hit the texts that mention one group, next to chance. */
export interface GroupRemoval {
  group: string;
  /** Texts that mention the group. */
  texts: number;
  /** Of those, how many the filter removed. */
  removed: number;
  /** removed / texts. */
  rate: number;
  /** Removal rate of all texts: what an unbiased filter would show on any group. */
  overallRate: number;
  /** The 2.5th and 97.5th percentiles of the removal rate in random samples of the same size (the null control). */
  nullLow: number;
  nullHigh: number;
}

/** Removal rate in n indices drawn without replacement: a partial Fisher-Yates on `work` (any order is a fine start). */
function sampleRate(work: number[], n: number, removed: ReadonlyArray<boolean>, rand: () => number): number {
  let hit = 0;
  for (let k = 0; k < n; k++) {
    const j = k + Math.floor(rand() * (work.length - k));
    const t = work[k]; work[k] = work[j]; work[j] = t;
    if (removed[work[k]]) hit++;
  }
  return hit / n;
}

/**
 * Removal rate of a filter among texts that mention each group (a regular expression
 * per group), beside the null control: the same rate in random samples of the same size
 * drawn from all texts. A rate above `nullHigh` is more than chance.
 *
 * @example
 * const removed = blocklistFilter(texts).map((r) => r.removed);
 * removalByGroup(texts, removed, { "Black Americans": /\bnegro(es)?\b/i, farmers: /\bfarmers?\b/i });
 */
export function removalByGroup(texts: ReadonlyArray<string>, removed: ReadonlyArray<boolean>, groups: Record<string, RegExp>, options: RemovalByGroupOptions = {}): GroupRemoval[] {
  const { draws = 200, seed = 8 } = options;
  if (texts.length !== removed.length) throw new InputError(`Got ${texts.length} texts but ${removed.length} removal flags.`, "Pass the filter's `removed` flags for the same texts, in order.");
  const overallRate = removed.filter(Boolean).length / Math.max(1, texts.length);
  const rand = seededRandom(seed);
  const indices = texts.map((_, i) => i);
  const work = indices.slice();
  return Object.entries(groups).map(([group, re]) => {
    const flat = new RegExp(re.source, re.flags.replace("g", ""));
    const members = indices.filter((i) => flat.test(texts[i]));
    const n = members.length;
    const hit = members.filter((i) => removed[i]).length;
    const rates = Array.from({ length: n ? draws : 0 }, () => sampleRate(work, n, removed, rand)).sort((a, b) => a - b);
    const pct = (p: number) => (rates.length ? rates[Math.min(rates.length - 1, Math.floor(p * rates.length))] : NaN);
    return { group, texts: n, removed: hit, rate: n ? hit / n : NaN, overallRate, nullLow: pct(0.025), nullHigh: pct(0.975) };
  });
}
