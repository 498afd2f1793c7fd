import { getSynset } from "./get-synset";
import type { Synset } from "./load-wordnet";

/**
 * The chain of first hypernyms (or instance hypernyms) from a synset up to "entity",
 * the synset itself first. WordNet nouns can have two hypernyms; this follows the first,
 * as WordNet's own browsers do (use {@link hypernymClosure} for all of them).
 *
 * @example
 * hypernymPath("n04162706").map((s) => s.lemmas[0]) // ["seat belt", "safety belt", ..., "entity"]
 */
export function hypernymPath(wnid: string): Synset[] {
  const path = [getSynset(wnid)];
  for (;;) {
    const up = path[path.length - 1].pointers.find((p) => p.symbol === "@" || p.symbol === "@i");
    if (!up) return path;
    path.push(getSynset(up.target));
  }
}

/**
 * Every ancestor of a synset over all hypernym and instance-hypernym links (the synset
 * itself excluded), as wnids.
 *
 * @example
 * hypernymClosure("n02099601").has("n02084071") // true: a golden retriever is a dog
 */
export function hypernymClosure(wnid: string): Set<string> {
  const out = new Set<string>();
  const todo = [getSynset(wnid)];
  while (todo.length) {
    for (const p of todo.pop()!.pointers) {
      if (p.symbol !== "@" && p.symbol !== "@i") continue;
      const s = getSynset(p.target);
      if (!out.has(s.wnid)) { out.add(s.wnid); todo.push(s); }
    }
  }
  return out;
}
