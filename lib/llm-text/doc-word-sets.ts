/**
 * The distinct lower-case words of each document (letters only; "don't" gives "don", "t"),
 * the occurrence view of text that Liang et al.'s estimator works on: a document is the
 * set of words it contains, counts do not matter.
 *
 * @example
 * docWordSets(["The cat saw the Cat."]); // [["the", "cat", "saw"]]
 */
export function docWordSets(docs: readonly string[]): string[][] {
  return docs.map((d) => [...new Set(String(d ?? "").toLowerCase().match(/[a-z]+/g) ?? [])]);
}

/** Each document's set as sorted indices into `vocabulary` (words outside it dropped). */
export function indexWordSets(sets: readonly string[][], vocabulary: readonly string[]): Int32Array[] {
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  return sets.map((s) => {
    const ids: number[] = [];
    for (const w of s) { const i = index.get(w); if (i !== undefined) ids.push(i); }
    return Int32Array.from(ids.sort((a, b) => a - b));
  });
}
