import { estimateLLMFraction } from "./estimate-llm-fraction";
import { makeMixture } from "./make-mixture";
import { seededRandom, shuffled } from "./seeded-random";
import type { SplitTexts } from "./load-detection-sets";

/** Options for {@link evaluateEstimator}. */
export interface EvaluateEstimatorOptions {
  /** True shares to test. Default [0, 0.05, 0.1, 0.25, 0.5]. */
  alphas?: number[];
  /** Seeded draws per share. Default 3. */
  draws?: number;
  /** Documents per mixture. Default 500. */
  size?: number;
  /** Model-written reference documents to fit on (a seeded subsample). Default: all. */
  referenceSize?: number;
  /** Bootstrap replicates per estimate. Default 100. */
  bootstrap?: number;
  /** Base seed. Default 1. */
  seed?: number;
}

/** One estimate on one mixture with a known share. */
export interface EvaluationRow {
  alpha: number; draw: number; size: number; referenceSize: number;
  estimate: number; low: number; high: number; covered: boolean; error: number;
  plain: number; plainError: number;
}

/**
 * Checks `estimateLLMFraction` where the answer is known: mixtures of HELD-OUT human and
 * model text at each share, several seeded draws each, the estimator fitted on the
 * REFERENCE parts only. Returns one row per estimate (absolute errors, interval coverage,
 * and the plain MLE's error on the same draw).
 *
 * @example
 * const rows = evaluateEstimator(sets.human, sets.generated, { draws: 2 });
 * rows.filter((r) => r.covered).length / rows.length;
 */
export function evaluateEstimator(human: SplitTexts, llm: SplitTexts, options: EvaluateEstimatorOptions = {}): EvaluationRow[] {
  const { alphas = [0, 0.05, 0.1, 0.25, 0.5], draws = 3, size = 500, referenceSize, bootstrap = 100, seed = 1 } = options;
  const ref = referenceSize ? shuffled(llm.reference, seededRandom(seed)).slice(0, referenceSize) : llm.reference;
  const rows: EvaluationRow[] = [];
  for (const alpha of alphas) {
    for (let draw = 0; draw < draws; draw++) {
      const s = seed * 1000 + draw * 37 + Math.round(alpha * 100);
      const mix = makeMixture(human.heldout, llm.heldout, { alpha, size, seed: s });
      const e = estimateLLMFraction(mix.docs, { human: human.reference, llm: ref, bootstrap, seed: s });
      rows.push({
        alpha: mix.alpha, draw, size, referenceSize: ref.length,
        estimate: e.alpha, low: e.low, high: e.high, covered: e.low <= mix.alpha && mix.alpha <= e.high,
        error: Math.abs(e.alpha - mix.alpha), plain: e.plain.alpha, plainError: Math.abs(e.plain.alpha - mix.alpha),
      });
    }
  }
  return rows;
}
