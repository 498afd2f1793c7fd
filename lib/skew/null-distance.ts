import { InputError } from "../errors/workshop-error";
import { seededRandom, shuffled } from "../llm-text/seeded-random";
import { psi } from "./psi";

/** Options of {@link nullDistance}. */
export interface NullDistanceOptions {
  /** Rows in each of the two samples (default 30). */
  n?: number;
  /** Random pairs of samples drawn (default 100). */
  draws?: number;
  /** The distance between two samples (default PSI with 10 bins). */
  distance?: (a: readonly number[], b: readonly number[]) => number;
  /** Seed of the draws (default 1). */
  seed?: number;
}

/** What a distance reads when nothing has shifted: its median and 95th percentile over the draws. */
export interface NullDistance { n: number; median: number; p95: number }

/**
 * How large a distance gets with NO shift: draws two disjoint random samples of `n`
 * values from the same pool, many times, and reports the median and the 95th percentile
 * of the distance between them. A threshold below the 95th percentile fires on noise.
 *
 * @example
 * nullDistance(ink, { n: 30 }); // { n: 30, median: 1.0, p95: 2.1 }: PSI 0.25 means nothing at n = 30
 */
export function nullDistance(values: readonly number[], options: NullDistanceOptions = {}): NullDistance {
  const { n = 30, draws = 100, distance = (a, b) => psi(a, b), seed = 1 } = options;
  if (!(n >= 1) || 2 * n > values.length) {
    throw new InputError(`Expected n from 1 to half the pool (${Math.floor(values.length / 2)}), got ${n}.`, "Draw smaller samples or pass more values.");
  }
  const rand = seededRandom(seed), seen: number[] = [];
  for (let d = 0; d < draws; d++) {
    const s = shuffled(values, rand);
    seen.push(distance(s.slice(0, n), s.slice(n, 2 * n)));
  }
  seen.sort((p, q) => p - q);
  const at = (q: number) => seen[Math.min(seen.length - 1, Math.floor(q * seen.length))];
  return { n, median: at(0.5), p95: at(0.95) };
}
