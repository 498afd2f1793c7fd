import { loadDetectionSets, type DetectionSets } from "./load-detection-sets";
import { makeMixture } from "./make-mixture";

/** How the lab's mystery corpora are made: held-out text only, fixed seeds. */
export const MYSTERY_CORPORA = {
  generated: { alpha: 0.2, size: 600, seed: 606 },
  polished: { alpha: 0.2, size: 600, seed: 607 },
} as const;

/**
 * A corpus with an undisclosed share of model-written paragraphs, built from the held-out
 * parts of the lab's data (never from the reference parts the estimator learns from).
 * The share is in MYSTERY_CORPORA for the grader; a learner should estimate it.
 *
 * @example
 * const docs = mysteryCorpus("generated");
 * estimateLLMFraction(docs, { human: sets.human.reference, llm: sets.generated.reference });
 */
export function mysteryCorpus(kind: "generated" | "polished" = "generated", sets: DetectionSets = loadDetectionSets()): string[] {
  const spec = MYSTERY_CORPORA[kind];
  return makeMixture(sets.human.heldout, sets[kind].heldout, spec).docs;
}
