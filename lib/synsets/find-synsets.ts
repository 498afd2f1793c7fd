import { loadWordNet } from "./load-wordnet";
import { imagenetClass } from "./imagenet-classes";

/** One synset found by {@link findSynsets} or {@link searchGlosses}. */
export interface SynsetHit {
  wnid: string;
  lemmas: string[];
  gloss: string;
  /** Its ImageNet-1k class index, or null when it is not one of the 1000 classes. */
  imagenet: number | null;
  /** How it matched: "exact" lemma, lemma "prefix", or (text search) a relevance score. */
  match: "exact" | "prefix" | number;
}

/** Options of {@link findSynsets}. */
export interface FindSynsetsOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  /** Keep only synsets that are ImageNet-1k classes (default false). */
  imagenetOnly?: boolean;
}

/**
 * The synset box: noun synsets that have `query` as a lemma (exact matches first), then
 * those with a lemma starting with it, shorter lemmas first. Case-insensitive; underscores
 * and spaces are the same. It finds what a word names, not what a text mentions.
 *
 * @example
 * findSynsets("seat belt")[0] // { wnid: "n04162706", lemmas: ["seat belt", "seatbelt"], imagenet: 785, match: "exact", ... }
 */
export function findSynsets(query: string, options: FindSynsetsOptions = {}): SynsetHit[] {
  const { limit = 20, imagenetOnly = false } = options;
  const q = query.trim().toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ");
  if (!q) return [];
  const wn = loadWordNet();
  const seen = new Set<number>();
  const hits: SynsetHit[] = [];
  const add = (offset: number, match: "exact" | "prefix") => {
    if (seen.has(offset)) return;
    seen.add(offset);
    const s = wn.synsets.get(offset)!;
    const c = imagenetClass(s.wnid);
    if (imagenetOnly && !c) return;
    hits.push({ wnid: s.wnid, lemmas: s.lemmas, gloss: s.gloss, imagenet: c ? c.index : null, match });
  };
  for (const o of wn.byLemma.get(q) ?? []) add(o, "exact");
  const prefixed = [...wn.byLemma.keys()].filter((l) => l !== q && l.startsWith(q)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const l of prefixed) for (const o of wn.byLemma.get(l)!) add(o, "prefix");
  return hits.slice(0, limit);
}
