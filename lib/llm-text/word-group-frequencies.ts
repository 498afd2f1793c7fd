import { InputError } from "../errors/workshop-error";
import { wordForms } from "./word-forms";
import type { WordDocFrequencies } from "./word-doc-counter";

/** Options for {@link wordGroupFrequencies}. */
export interface WordGroupFrequenciesOptions {
  /** Fold regular inflections (see `wordForms`). Default true. */
  inflections?: boolean;
  /** Words that also get -ed/-ing forms. Default ["consider"] (the only verb in Gray's table). */
  verbs?: string[];
}

/**
 * Share of documents that contain AT LEAST ONE word of each group (whole words, any case,
 * inflections folded, as `wordDocFrequencies` counts a single word). Gray combined his
 * strongest markers this way ("papers with one or more of them"): a set of weak markers
 * moves more documents than any one of them. The result has the same shape as
 * `wordDocFrequencies`, keyed by group name, so it feeds `markerGrowth` directly; a group
 * of one word counts exactly what `wordDocFrequencies` counts.
 *
 * @example
 * wordGroupFrequencies(["A red car.", "Blue sky."], { colours: ["red", "blue"], red: ["red"] }).counts;
 * // { colours: 2, red: 1 }
 */
export function wordGroupFrequencies(docs: Iterable<string>, groups: Record<string, readonly string[]>,
  options: WordGroupFrequenciesOptions = {}): WordDocFrequencies {
  const { inflections = true, verbs = ["consider"] } = options;
  const names = Object.keys(groups ?? {});
  const bad = names.find((n) => !Array.isArray(groups[n]) || !groups[n].length || groups[n].some((w) => !/^[a-z]+$/i.test(String(w))));
  if (!names.length || bad !== undefined) {
    throw new InputError(`Expected groups of single words, e.g. {"markers": ["rather", "larger"]}, got ${bad === undefined ? "no groups" : `'${bad}': ${JSON.stringify(groups[bad])}`}.`,
      "Pass an object mapping each group name to a non-empty list of words (letters only).");
  }
  const owners = new Map<string, number[]>();
  names.forEach((name, g) => {
    for (const w of groups[name]) {
      for (const f of wordForms(w, { inflections, verb: verbs.includes(w.toLowerCase()) })) {
        const list = owners.get(f) ?? [];
        if (!list.includes(g)) list.push(g);
        owners.set(f, list);
      }
    }
  });
  const re = new RegExp(`\\b(?:${[...owners.keys()].sort((a, b) => b.length - a.length).join("|")})\\b`, "gi");
  const counts = new Array<number>(names.length).fill(0);
  const seen = new Uint32Array(names.length);
  let documents = 0;
  for (const d of docs) {
    documents++;
    const text = typeof d === "string" ? d : String(d ?? "");
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      for (const g of owners.get(m[0].toLowerCase())!) if (seen[g] !== documents) { seen[g] = documents; counts[g]++; }
    }
  }
  const out: WordDocFrequencies = { documents, counts: {}, shares: {} };
  names.forEach((n, g) => { out.counts[n] = counts[g]; out.shares[n] = documents ? counts[g] / documents : 0; });
  return out;
}
