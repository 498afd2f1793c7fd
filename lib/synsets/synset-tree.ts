import { show } from "../display/show";
import { renderSynsetTree, type RenderSynsetTreeOptions } from "./render-synset-tree";

/**
 * Draws the WordNet subtree under a synset in the notebook (see {@link renderSynsetTree}).
 *
 * @example
 * synsetTree("n02084071", { depth: 2 }); // dogs: which branches hold the 118 dog classes
 */
export function synsetTree(wnid: string, options: RenderSynsetTreeOptions = {}): void {
  show("image/svg+xml", renderSynsetTree(wnid, options));
}
