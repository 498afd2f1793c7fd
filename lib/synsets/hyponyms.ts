import { getSynset } from "./get-synset";
import type { Synset } from "./load-wordnet";

/** Options of {@link hyponyms}. */
export interface HyponymsOptions {
  /** Levels below the synset to go (default Infinity: every descendant; 1: direct hyponyms only). */
  depth?: number;
  /** Follow instance hyponyms too ("Eiffel Tower" under "tower"; default true). */
  instances?: boolean;
}

/**
 * The synsets below a synset (hyponyms, their hyponyms, ...), each once, breadth first.
 *
 * @example
 * hyponyms("n02084071", { depth: 1 }).map((s) => s.lemmas[0]) // direct kinds of dog
 */
export function hyponyms(wnid: string, options: HyponymsOptions = {}): Synset[] {
  const { depth = Infinity, instances = true } = options;
  const seen = new Set<number>([getSynset(wnid).offset]);
  const out: Synset[] = [];
  let level = [getSynset(wnid)];
  for (let d = 0; d < depth && level.length; d++) {
    const next: Synset[] = [];
    for (const s of level) for (const p of s.pointers) {
      if (!(p.symbol === "~" || (instances && p.symbol === "~i")) || seen.has(p.target)) continue;
      seen.add(p.target);
      const child = getSynset(p.target);
      out.push(child);
      next.push(child);
    }
    level = next;
  }
  return out;
}
