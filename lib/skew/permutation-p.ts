import { seededRandom, shuffled } from "../llm-text/seeded-random";

/** Options of {@link permutationP}. */
export interface PermutationPOptions {
  /** Random relabellings of the pooled samples (default 499: p-values down to 0.002). */
  permutations?: number;
  /** Seed of the relabellings (default 1). */
  seed?: number;
}

/**
 * Permutation p-value of a two-sample distance: pool both samples, split the pool at
 * random into sets of the same two sizes many times, and count how often a split with
 * no shift at all (by construction) is at least as far apart as the real pair.
 * p = (1 + that count) / (1 + permutations). It is calibrated at the real sample sizes
 * and bins, which a fixed threshold on PSI or KS is not.
 *
 * @example
 * permutationP(train, deploy, ksStatistic); // 0.002: no random split comes close
 */
export function permutationP(a: readonly number[], b: readonly number[], distance: (x: readonly number[], y: readonly number[]) => number, options: PermutationPOptions = {}): number {
  const { permutations = 499, seed = 1 } = options;
  if (a.length === 0 || b.length === 0) return NaN;
  const observed = distance(a, b);
  if (!Number.isFinite(observed)) return NaN;
  const pool = [...a, ...b], rand = seededRandom(seed);
  let atLeast = 0;
  for (let k = 0; k < permutations; k++) {
    const s = shuffled(pool, rand);
    // a tiny tolerance so equal distances (ties are common with KS) count as "at least as far"
    if (distance(s.slice(0, a.length), s.slice(a.length)) >= observed - 1e-12) atLeast++;
  }
  return (1 + atLeast) / (1 + permutations);
}
