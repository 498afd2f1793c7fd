import { InputError } from "../errors/workshop-error";
import { seededRandom, shuffled } from "./seeded-random";

/** Options for {@link makeMixture}. */
export interface MakeMixtureOptions {
  /** Share of model-written documents, in [0, 1]. Default 0.1. */
  alpha?: number;
  /** Documents in the mixture. Default 500. */
  size?: number;
  /** Seed of the draw. Default 1. */
  seed?: number;
}

/** A shuffled corpus with a known share of model-written documents. */
export interface Mixture {
  docs: string[];
  /** true where docs[i] is model-written (the ground truth). */
  isModel: boolean[];
  /** The exact share of model-written documents: round(alpha * size) / size. */
  alpha: number;
}

/**
 * Builds a corpus of `size` documents, round(alpha * size) of them drawn from `llm` and the
 * rest from `human`, then shuffles it. Each pool is drawn without replacement while it
 * lasts, then with replacement (a small held-out pool can still fill a large mixture).
 *
 * @example
 * const mix = makeMixture(sets.human.heldout, sets.generated.heldout, { alpha: 0.25, seed: 3 });
 * mix.alpha; // 0.25
 */
export function makeMixture(human: readonly string[], llm: readonly string[], options: MakeMixtureOptions = {}): Mixture {
  const { alpha = 0.1, size = 500, seed = 1 } = options;
  if (!(alpha >= 0 && alpha <= 1) || !(size >= 1) || !human.length || (!llm.length && alpha > 0)) {
    throw new InputError(`Expected alpha in [0, 1], size >= 1 and non-empty pools, got alpha=${alpha}, size=${size}, ${human.length} human and ${llm.length} model texts.`,
      "Pass held-out human and model-written texts, e.g. makeMixture(sets.human.heldout, sets.generated.heldout, { alpha: 0.1 }).");
  }
  const rand = seededRandom(seed);
  const draw = (pool: readonly string[], n: number) => {
    const first = shuffled(pool, rand).slice(0, n);
    while (first.length < n) first.push(pool[Math.floor(rand() * pool.length)]);
    return first;
  };
  const k = Math.round(alpha * size);
  const rows = [...draw(human, size - k).map((d) => [d, false] as const), ...draw(llm, k).map((d) => [d, true] as const)];
  const mixed = shuffled(rows, rand);
  return { docs: mixed.map((r) => r[0]), isModel: mixed.map((r) => r[1]), alpha: k / size };
}
