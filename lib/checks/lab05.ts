import { dpq } from "../grid/dpq";
import { randomLayout } from "../grid/random-layout";
import { placeOnGrid } from "../grid/place-on-grid";
import { seededRandom } from "../llm-text/seeded-random";
import { classesUnder } from "../synsets/classes-under";
import { findSynsets } from "../synsets/find-synsets";
import { hypernymClosure } from "../synsets/hypernym-path";
import { hyponyms } from "../synsets/hyponyms";
import { imagenetClasses } from "../synsets/imagenet-classes";
import { loadWordNet } from "../synsets/load-wordnet";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

/** The exercises of lab 05: what each asks about, shared by the notebook and the judges. */
export const LAB05_SETUP = {
  /** 5.1: the ImageNet class named this that is a kind of `kindOf`. */
  homonym: { name: "cardigan", kindOf: "garment" },
  /** 5.2: among the direct hyponyms of this synset, the one holding the most ImageNet classes. */
  parent: "musical instrument",
  /** 5.3: colours made as in the lab (r, g, b = floor(rand() * 256) in turn, seededRandom(seed)), sorted on a square grid. */
  colours: { seed: 11, n: 400, columns: 20, margin: 0.55 },
} as const;

/** The colours of exercise 5.3, made exactly as the lab makes them. */
export function exerciseColours(): number[][] {
  const { seed, n } = LAB05_SETUP.colours;
  const rand = seededRandom(seed);
  return Array.from({ length: n }, () => [Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256)]);
}

const expected = once(() => {
  loadWordNet();
  const kind = findSynsets(LAB05_SETUP.homonym.kindOf).filter((h) => h.match === "exact").map((h) => h.wnid);
  const named = imagenetClasses().filter((c) => c.lemmas.some((l) => l.toLowerCase() === LAB05_SETUP.homonym.name));
  const homonym = named.find((c) => kind.some((k) => hypernymClosure(c.wnid).has(k)))!;
  const other = named.filter((c) => c !== homonym);
  const parent = findSynsets(LAB05_SETUP.parent).find((h) => h.match === "exact")!.wnid;
  const children = hyponyms(parent, { depth: 1 }).map((s) => ({ wnid: s.wnid, name: s.lemmas[0], count: classesUnder(s.wnid).length }))
    .sort((a, b) => b.count - a.count);
  const colours = exerciseColours();
  const { columns } = LAB05_SETUP.colours;
  const random = dpq(placeOnGrid(randomLayout(colours.length, { columns, seed: 1 }), colours), { columns });
  return { homonym, other, parent, parentCount: classesUnder(parent).length, children, colours, random };
});

/** Reads {wnid, index} / [wnid, index] / {wnid, count} style answers. */
function pair(answer: unknown, second: "index" | "count"): { wnid: unknown; n: unknown } | null {
  if (Array.isArray(answer) && answer.length === 2) return { wnid: answer[0], n: answer[1] };
  if (answer && typeof answer === "object" && "wnid" in answer) return { wnid: (answer as Record<string, unknown>).wnid, n: (answer as Record<string, unknown>)[second] };
  return null;
}

function judgeHomonym(answer: unknown): Verdict {
  const { homonym, other } = expected();
  const a = pair(answer, "index");
  if (!a || typeof a.wnid !== "string" || typeof a.n !== "number") return { passed: false, message: "Answer with { wnid, index }: the wnid as a string like 'n04162706' and the ImageNet index as a number." };
  if (!/^n\d{8}$/.test(a.wnid)) return { passed: false, message: `'${a.wnid}' is not a wnid: ImageNet wnids are 'n' and eight digits (the WordNet 3.0 offset).` };
  if (a.wnid === homonym.wnid && a.n === homonym.index) return { passed: true, message: `Correct: ${homonym.lemmas.join(", ")} is ${homonym.wnid}, class ${homonym.index}.` };
  if (other.some((c) => c.wnid === a.wnid)) return { passed: false, message: `That is the other '${LAB05_SETUP.homonym.name}' among the 1000 classes: read the glosses, or check which one has '${LAB05_SETUP.homonym.kindOf}' on its hypernym path.` };
  if (a.wnid === homonym.wnid) return { passed: false, message: "The wnid is right; the index is not. The index is the class's position in the sorted table (it starts at 0), as imagenetClass(wnid) reports it." };
  return { passed: false, message: `${a.wnid} is not the ImageNet class named '${LAB05_SETUP.homonym.name}' that is a ${LAB05_SETUP.homonym.kindOf}. Search the synset box with imagenetOnly, then compare the candidates.` };
}

function judgeBranch(answer: unknown): Verdict {
  const { children, parent, parentCount } = expected();
  const a = pair(answer, "count");
  if (!a || typeof a.wnid !== "string" || typeof a.n !== "number") return { passed: false, message: "Answer with { wnid, count }: the branch's wnid as a string and its number of ImageNet classes." };
  const best = children[0];
  if (a.wnid === best.wnid && a.n === best.count) return { passed: true, message: `Correct: ${best.name} (${best.wnid}) holds ${best.count} of the ImageNet classes.` };
  if (a.wnid === parent) return { passed: false, message: `That is '${LAB05_SETUP.parent}' itself; the question asks for one of its direct hyponyms (depth 1).` };
  const child = children.find((c) => c.wnid === a.wnid);
  if (!child) return { passed: false, message: `${a.wnid} is not a direct hyponym of '${LAB05_SETUP.parent}'. List them with hyponyms(wnid, { depth: 1 }).` };
  if (child !== best && a.n === child.count) return { passed: false, message: `${child.name} holds ${child.count} classes, but another branch holds more.` };
  if (a.n === parentCount) return { passed: false, message: `That is the count under '${LAB05_SETUP.parent}' as a whole, not under the branch.` };
  return { passed: false, message: `Count the ImageNet classes at or below ${child.name} with classesUnder (all levels, not only its direct hyponyms, and not the number of synsets).` };
}

function judgeGrid(answer: unknown): Verdict {
  const { colours, random } = expected();
  const { columns, margin } = LAB05_SETUP.colours;
  const cells = Array.isArray(answer) || ArrayBuffer.isView(answer) ? Array.from(answer as ArrayLike<unknown>) : (answer && typeof answer === "object" && "cells" in answer ? Array.from((answer as { cells: ArrayLike<unknown> }).cells) : null);
  if (!cells) return { passed: false, message: "Answer with the layout's cells (layout.cells): one colour index per grid cell, row by row." };
  const n = colours.length;
  const isPerm = cells.length === n && cells.every((c) => Number.isInteger(c) && (c as number) >= 0 && (c as number) < n) && new Set(cells).size === n;
  if (!isPerm) return { passed: false, message: `Expected ${n} cells holding each colour index 0-${n - 1} once (a ${columns} x ${columns} grid), got ${cells.length} cells${cells.length === n ? " with repeats or values out of range" : ""}.` };
  const q = dpq(cells.map((c) => colours[c as number]), { columns });
  const needed = random + margin;
  if (q >= needed) return { passed: true, message: `Correct: your layout's DPQ16 is ${q.toFixed(3)}, a random one's ${random.toFixed(3)}.` };
  return { passed: false, message: `Your layout's DPQ16 is ${q.toFixed(3)} (random: ${random.toFixed(3)}); it needs ${needed.toFixed(3)}. Were these colours made with seed ${LAB05_SETUP.colours.seed} in r, g, b order, and sorted on ${columns} columns by a 2-D sorter?` };
}

/** Lab 05 (synsets): a homonym's wnid and index, a branch's class count, a sorted grid's DPQ. */
export const lab05: LabChecks = {
  lab: "05-synsets",
  prepare: () => { expected(); },
  checks: {
    "5.1": { question: `The wnid and index of the ImageNet class '${LAB05_SETUP.homonym.name}' that is a ${LAB05_SETUP.homonym.kindOf} ({ wnid, index })`, points: 1, judge: judgeHomonym },
    "5.2": { question: `The direct hyponym of '${LAB05_SETUP.parent}' holding the most ImageNet classes, and how many ({ wnid, count })`, points: 1, judge: judgeBranch },
    "5.3": { question: `A layout of the ${LAB05_SETUP.colours.n} seed-${LAB05_SETUP.colours.seed} colours on ${LAB05_SETUP.colours.columns} columns whose DPQ16 beats random by ${LAB05_SETUP.colours.margin}`, points: 1, judge: judgeGrid },
  },
};
