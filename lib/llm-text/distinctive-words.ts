import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import { docWordSets } from "./doc-word-sets";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));

/** Options for {@link distinctiveWords}. */
export interface DistinctiveWordsOptions {
  /** Minimum documents (both sets together) containing a word. Default 10. */
  minDocs?: number;
  /** Rows to return, most over-represented in `llm` first. Default 20. */
  top?: number;
}

/**
 * Words whose document share is highest in `llm` relative to `human` (shares smoothed as
 * (count + 0.5) / (documents + 1)), as an Arquero table with columns word, humanShare,
 * llmShare, ratio. This is how marker lists such as Gray's are found in the first place:
 * compare text known to be model-written with text known to be human, on the same topics.
 *
 * @example
 * distinctiveWords(sets.human.reference, sets.generated.reference, { top: 10 }).objects();
 */
export function distinctiveWords(human: readonly string[], llm: readonly string[], options: DistinctiveWordsOptions = {}) {
  const { minDocs = 10, top = 20 } = options;
  const count = (docs: readonly string[]) => {
    const m = new Map<string, number>();
    for (const s of docWordSets(docs)) for (const w of s) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const ch = count(human), cl = count(llm);
  const rows = [...new Set([...ch.keys(), ...cl.keys()])]
    .filter((w) => (ch.get(w) ?? 0) + (cl.get(w) ?? 0) >= minDocs)
    .map((word) => {
      const humanShare = ((ch.get(word) ?? 0) + 0.5) / (human.length + 1);
      const llmShare = ((cl.get(word) ?? 0) + 0.5) / (llm.length + 1);
      return { word, humanShare, llmShare, ratio: llmShare / humanShare };
    })
    .sort((a, b) => b.ratio - a.ratio || (a.word < b.word ? -1 : 1))
    .slice(0, top);
  return aq.from(rows);
}
