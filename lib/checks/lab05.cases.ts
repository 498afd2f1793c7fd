import { flas } from "../grid/flas";
import { hueSortLayout } from "../grid/hue-sort-layout";
import { las } from "../grid/las";
import { randomLayout } from "../grid/random-layout";
import { seededRandom } from "../llm-text/seeded-random";
import { classesUnder } from "../synsets/classes-under";
import { findSynsets } from "../synsets/find-synsets";
import { hyponyms } from "../synsets/hyponyms";
import { exerciseColours, LAB05_SETUP } from "./lab05";
import type { LabCheckCases } from "./types";

const cardigans = () => findSynsets("cardigan", { imagenetOnly: true });
const garment = () => cardigans().find((h) => /knitted/.test(h.gloss))!;
const dog = () => cardigans().find((h) => /corgi/.test(h.gloss))!;
const branches = () => {
  const parent = findSynsets(LAB05_SETUP.parent)[0].wnid;
  return { parent, kids: hyponyms(parent, { depth: 1 }).map((s) => ({ wnid: s.wnid, count: classesUnder(s.wnid).length, synsets: hyponyms(s.wnid).length + 1, direct: hyponyms(s.wnid, { depth: 1 }).filter((h) => classesUnder(h.wnid).some((c) => c.wnid === h.wnid)).length })).sort((a, b) => b.count - a.count) };
};
const cols = LAB05_SETUP.colours.columns;
const flasCells = () => Array.from(flas(exerciseColours(), { columns: cols }).cells);
const transpose = (cells: number[]) => cells.map((_, i) => cells[(i % cols) * cols + Math.floor(i / cols)]);
const wrongColours = (seed: number) => {
  const rand = seededRandom(seed);
  return Array.from({ length: 400 }, () => [Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256)]);
};

/** Right and plausible wrong answers of every lab 05 check (run by test/checks/check-cases.test.ts). */
export const cases: LabCheckCases = {
  "5.1": {
    right: [
      { answer: () => ({ wnid: garment().wnid, index: garment().imagenet }), why: "the garment's wnid and index, as an object" },
      { answer: () => [garment().wnid, garment().imagenet], why: "the same as a [wnid, index] pair" },
    ],
    wrong: [
      { answer: () => ({ wnid: dog().wnid, index: dog().imagenet }), why: "the other cardigan: the Welsh corgi" },
      { answer: () => ({ wnid: garment().wnid, index: dog().imagenet }), why: "right wnid, the dog's index" },
      { answer: () => ({ wnid: garment().wnid, index: garment().imagenet! + 1 }), why: "index counted from 1" },
      { answer: () => ({ wnid: garment().wnid.slice(1), index: garment().imagenet }), why: "the offset without the 'n'" },
      { answer: () => ({ wnid: "n02965024", index: garment().imagenet }), why: "a WordNet 3.1-style offset (another database)" },
      { answer: () => ({ wnid: findSynsets("sweater")[0].wnid, index: garment().imagenet }), why: "the hypernym 'sweater' instead of the class" },
      { answer: () => garment().wnid, why: "the wnid alone" },
      { answer: null, why: "no answer" },
    ],
  },
  "5.2": {
    right: [
      { answer: () => ({ wnid: branches().kids[0].wnid, count: branches().kids[0].count }), why: "the biggest branch and its class count" },
      { answer: () => [branches().kids[0].wnid, branches().kids[0].count], why: "the same as a [wnid, count] pair" },
    ],
    wrong: [
      { answer: () => ({ wnid: branches().parent, count: classesUnder(branches().parent).length }), why: "the parent itself with its count" },
      { answer: () => ({ wnid: branches().kids[1].wnid, count: branches().kids[1].count }), why: "the second branch (the neighbour in the ranking)" },
      { answer: () => ({ wnid: branches().kids[0].wnid, count: branches().kids[0].count - 1 }), why: "off by one" },
      { answer: () => ({ wnid: branches().kids[0].wnid, count: branches().kids[0].synsets }), why: "counted synsets, not ImageNet classes" },
      { answer: () => ({ wnid: branches().kids[0].wnid, count: branches().kids[0].direct }), why: "only classes one level down" },
      { answer: () => ({ wnid: branches().kids[0].wnid, count: classesUnder(branches().parent).length }), why: "the parent's count for the branch" },
      { answer: () => ({ wnid: findSynsets("dog")[0].wnid, count: 118 }), why: "the lab's own example, dogs" },
    ],
  },
  "5.3": {
    right: [
      { answer: () => flasCells(), why: "FLAS on the seed-11 colours" },
      { answer: () => flas(exerciseColours(), { columns: cols }), why: "the whole layout object instead of its cells" },
      { answer: () => transpose(flasCells()), why: "the same layout transposed (as good)" },
      { answer: () => Array.from(las(exerciseColours(), { columns: cols }).cells), why: "LAS instead of FLAS" },
    ],
    wrong: [
      { answer: () => Array.from({ length: 400 }, (_, i) => i), why: "the colours in the order they were made (a random layout)" },
      { answer: () => Array.from(randomLayout(400, { columns: cols, seed: 2 }).cells), why: "a shuffled layout" },
      { answer: () => Array.from(hueSortLayout(exerciseColours(), { columns: cols }).cells), why: "the hue-sort baseline" },
      { answer: () => Array.from(flas(wrongColours(3), { columns: cols }).cells), why: "sorted the seed-3 colours of the benchmark instead" },
      { answer: () => Array.from(flas(exerciseColours().map(([r, g, b]) => [b, g, r]), { columns: 25 }).cells), why: "sorted on 25 columns, judged on 20" },
      { answer: () => flasCells().slice(0, 399), why: "a cell missing" },
      { answer: () => flasCells().map((c) => (c === 0 ? 1 : c)), why: "a colour placed twice" },
      { answer: [], why: "an empty list" },
    ],
  },
};
