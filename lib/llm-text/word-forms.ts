/** Options for {@link wordForms}. */
export interface WordFormsOptions {
  /** Add regular inflections: plural/3rd person -s/-es (-ies). Default true. */
  inflections?: boolean;
  /** Also add verb forms -ed/-ing (with e-dropping, "consider" -> "considering"). Default false. */
  verb?: boolean;
}

/**
 * The surface forms counted for one table word. A keyword search in a full-text index
 * (what Gray used) folds case and regular inflections but not derivations, so
 * "intricate" never matches "intricately": adjective and adverb stay separate rows.
 * Adverbs in -ly and words shorter than 3 letters are kept as they are.
 *
 * @example
 * wordForms("consider", { verb: true }); // ["consider", "considers", "considered", "considering"]
 * wordForms("conclusion");               // ["conclusion", "conclusions"]
 */
export function wordForms(word: string, options: WordFormsOptions = {}): string[] {
  const { inflections = true, verb = false } = options;
  const w = word.toLowerCase();
  if (!inflections || w.length < 3 || /ly$/.test(w)) return [w];
  const forms = new Set<string>([w]);
  if (/(s|x|z|ch|sh)$/.test(w)) forms.add(w + "es");
  else if (/[^aeiou]y$/.test(w)) forms.add(w.slice(0, -1) + "ies");
  else forms.add(w + "s");
  if (verb) {
    const stem = /e$/.test(w) ? w.slice(0, -1) : /^[^aeiou]*[aeiou][bdgmnprt]$/.test(w) ? w + w.slice(-1) : w;
    forms.add(stem + "ed");
    forms.add(stem + "ing");
  }
  return [...forms];
}
