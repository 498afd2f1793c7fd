import { getSynset } from "./get-synset";
import type { Synset } from "./load-wordnet";

/** The part-whole relations of a synset, each a list of synsets (see {@link synsetRelations}). */
export interface SynsetRelations {
  /** Wholes it is a part of (#p part holonyms): a seat belt is part of a car seat. */
  partOf: Synset[];
  /** Groups it is a member of (#m member holonyms). */
  memberOf: Synset[];
  /** What it is the substance of (#s substance holonyms). */
  substanceOf: Synset[];
  /** Its parts (%p part meronyms). */
  parts: Synset[];
  /** Its members (%m member meronyms). */
  members: Synset[];
  /** Its substances (%s substance meronyms). */
  substances: Synset[];
}

const SYMBOLS: Record<keyof SynsetRelations, string> = {
  partOf: "#p", memberOf: "#m", substanceOf: "#s", parts: "%p", members: "%m", substances: "%s",
};

/**
 * WordNet's holonyms and meronyms of a synset: what it is part of, and what its parts are.
 *
 * @example
 * synsetRelations("n04162706").partOf.map((s) => s.lemmas[0]) // ["car seat", ...]
 */
export function synsetRelations(wnid: string): SynsetRelations {
  const s = getSynset(wnid);
  const out = {} as SynsetRelations;
  for (const key of Object.keys(SYMBOLS) as (keyof SynsetRelations)[]) {
    out[key] = s.pointers.filter((p) => p.symbol === SYMBOLS[key]).map((p) => getSynset(p.target));
  }
  return out;
}
