import { wordDocCounter, type WordDocCounterOptions, type WordDocFrequencies } from "./word-doc-counter";

/** Options for {@link wordDocFrequencies}; the same as the counter's. */
export type WordDocFrequenciesOptions = WordDocCounterOptions;

/**
 * Share of documents containing each word (whole word, case-insensitive, inflections
 * folded), streaming over any iterable of texts: an array, a generator reading a big file
 * line by line, ... For async sources, feed a `wordDocCounter` yourself.
 *
 * @example
 * wordDocFrequencies(["An intricate plan.", "A red car."], ["intricate", "red"]).shares;
 * // { intricate: 0.5, red: 0.5 }
 */
export function wordDocFrequencies(docs: Iterable<string>, words: readonly string[],
  options: WordDocFrequenciesOptions = {}): WordDocFrequencies {
  const counter = wordDocCounter(words, options);
  for (const d of docs) counter.add(typeof d === "string" ? d : String(d ?? ""));
  return counter.result();
}
