import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";

/** One of ImageNet-1k's 1000 classes: its index (the position of its wnid in sorted order) and WordNet 3.0 synset. */
export interface ImageNetClass {
  index: number;
  wnid: string;
  lemmas: string[];
  gloss: string;
}

let cached: { list: ImageNetClass[]; byWnid: Map<string, ImageNetClass> } | undefined;

function load() {
  if (!cached) {
    const list = JSON.parse(readFileSync(join(projectRoot(), "data", "synsets", "imagenet-classes.json"), "utf8")) as ImageNetClass[];
    cached = { list, byWnid: new Map(list.map((c) => [c.wnid, c])) };
  }
  return cached;
}

/**
 * The committed ImageNet-1k class table (data/synsets/imagenet-classes.json, made by
 * data/synsets/make-class-table.ts from @tensorflow-models/mobilenet's names and WordNet 3.0).
 *
 * @example
 * imagenetClasses()[785].wnid // "n04162706" (seat belt)
 */
export function imagenetClasses(): ImageNetClass[] {
  return load().list;
}

/**
 * The ImageNet class of a wnid, or undefined when the synset is not one of the 1000.
 *
 * @example
 * imagenetClass("n03868863")?.index // 691 (oxygen mask)
 */
export function imagenetClass(wnid: string): ImageNetClass | undefined {
  return load().byWnid.get(wnid);
}
