import { InputError } from "../errors/workshop-error";
import { loadWordNet, type Synset } from "./load-wordnet";

/**
 * The WordNet 3.0 noun synset of a wnid ("n04162706") or offset (4162706).
 *
 * @example
 * getSynset("n04162706").lemmas // ["seat belt", "seatbelt"]
 */
export function getSynset(id: string | number): Synset {
  const offset = typeof id === "number" ? id : /^n\d{8}$/.test(id) ? Number(id.slice(1)) : NaN;
  const s = Number.isFinite(offset) ? loadWordNet().synsets.get(offset) : undefined;
  if (!s) throw new InputError(`Expected a WordNet 3.0 noun wnid like 'n04162706', got ${JSON.stringify(id)}.`, "Find one with findSynsets(\"seat belt\") and pass its wnid.");
  return s;
}
