import { loadWordNet, type Synset } from "./load-wordnet";
import { imagenetClass } from "./imagenet-classes";
import type { SynsetHit } from "./find-synsets";

/** Options of {@link searchGlosses}. */
export interface SearchGlossesOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  /** Keep only synsets that are ImageNet-1k classes (default false). */
  imagenetOnly?: boolean;
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
let index: { idf: Map<string, number>; docs: { s: Synset; text: string; words: Set<string> }[] } | undefined;

function documentOf(s: Synset): string {
  return s.lemmas.join(" ") + " " + s.gloss + " " + s.examples.join(" ");
}

/**
 * Text search over every noun synset's lemmas, gloss and examples, ranked by the summed
 * IDF of the query words it contains, doubled when the words appear as the exact phrase
 * (a small TF-IDF ranking, written here because it is a dozen lines over data already in
 * memory). It finds what a text mentions: "seat belt" also finds car seats and harnesses.
 *
 * @example
 * searchGlosses("seat belt", { limit: 5 }).map((h) => h.lemmas[0])
 */
export function searchGlosses(query: string, options: SearchGlossesOptions = {}): SynsetHit[] {
  const { limit = 20, imagenetOnly = false } = options;
  const terms = [...new Set(words(query))];
  if (!terms.length) return [];
  const wn = loadWordNet();
  if (!index) { // tokenised once per process: later queries only look words up
    const df = new Map<string, number>();
    const docs = [...wn.synsets.values()].map((s) => {
      const text = documentOf(s).toLowerCase();
      const ws = new Set(words(text));
      for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
      return { s, text, words: ws };
    });
    index = { idf: new Map([...df].map(([w, n]) => [w, Math.log(wn.synsets.size / n)])), docs };
  }
  const { idf, docs } = index;
  const phrase = new RegExp(`\\b${terms.join("[\\s_-]+")}\\b`);
  const scored: { s: Synset; score: number }[] = [];
  for (const { s, text, words: have } of docs) {
    let score = 0;
    for (const t of terms) if (have.has(t)) score += idf.get(t) ?? 0;
    if (score === 0 || (imagenetOnly && !imagenetClass(s.wnid))) continue;
    if (terms.length > 1 && phrase.test(text)) score *= 2;
    scored.push({ s, score });
  }
  scored.sort((a, b) => b.score - a.score || a.s.offset - b.s.offset);
  return scored.slice(0, limit).map(({ s, score }) => {
    const c = imagenetClass(s.wnid);
    return { wnid: s.wnid, lemmas: s.lemmas, gloss: s.gloss, imagenet: c ? c.index : null, match: Math.round(score * 100) / 100 };
  });
}
