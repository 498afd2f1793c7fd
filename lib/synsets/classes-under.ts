import { getSynset } from "./get-synset";
import { hyponyms } from "./hyponyms";
import { imagenetClass, type ImageNetClass } from "./imagenet-classes";

/**
 * The ImageNet-1k classes at or below a synset in WordNet's hierarchy (all hyponym links,
 * so a class with two hypernyms counts under both), in index order.
 *
 * @example
 * classesUnder("n02084071").length // how many of the 1000 classes are dogs
 */
export function classesUnder(wnid: string): ImageNetClass[] {
  const out: ImageNetClass[] = [];
  for (const s of [getSynset(wnid), ...hyponyms(wnid)]) {
    const c = imagenetClass(s.wnid);
    if (c) out.push(c);
  }
  return out.sort((a, b) => a.index - b.index);
}
