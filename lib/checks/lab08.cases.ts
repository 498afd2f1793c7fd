// Right and plausible wrong answers of lab 08's checks, computed from the data (run by
// test/checks/check-cases.test.ts).
import { blocklistFilter } from "../filtering/blocklist-filter";
import { chooseThreshold } from "../filtering/choose-threshold";
import { sotuParagraphs } from "../llm-text/sotu-paragraphs";
import { LAB08_CAPTION_TASK, LAB08_THRESHOLD_TASK, lab08Unsafe } from "./lab08";
import type { LabCheckCases } from "./types";

const T = LAB08_THRESHOLD_TASK;
const sorted = () => lab08Unsafe(T.subset, T.classes).sort((a, b) => b - a);
const pick = (subset: string, classes: readonly string[], maxFpr: number) => chooseThreshold(lab08Unsafe(subset, classes), undefined, { maxFpr }).threshold;
const paras = (from: number, to: number) => sotuParagraphs({ from, to }).map((p) => p.text);
const removedIn = (from: number, to: number) => blocklistFilter(paras(from, to)).filter((r) => r.removed).length;
const C = LAB08_CAPTION_TASK;

export const cases: LabCheckCases = {
  "8.1": {
    right: [
      { answer: () => pick(T.subset, T.classes, T.maxFpr), why: "chooseThreshold on the landmarks' Porn + Hentai + Sexy scores" },
      { answer: () => Number(pick(T.subset, T.classes, T.maxFpr).toFixed(4)), why: "the same, rounded to 4 decimals" },
    ],
    wrong: [
      { answer: () => sorted()[0], why: "the largest score (FPR 0: too strict, the neighbour in the ranking)" },
      { answer: () => sorted()[2], why: "the third largest (two photos flagged: over budget)" },
      { answer: () => pick(T.subset, ["Porn", "Hentai"], T.maxFpr), why: "summed Porn + Hentai only" },
      { answer: () => pick(T.subset, ["Porn"], T.maxFpr), why: "Porn only" },
      { answer: () => pick("medical", T.classes, T.maxFpr), why: "the medical subset's threshold" },
      { answer: () => pick(T.subset, T.classes, 0.01), why: "an FPR budget of 1 % instead of 10 %" },
      { answer: 0.1, why: "the FPR budget itself" },
      { answer: 0.5, why: "LAION's recommended 0.5" },
      { answer: NaN, why: "NaN" },
    ],
  },
  "8.2": {
    right: [{ answer: "photos", why: "photos lose the largest share at 0.02 with Porn + Hentai" }, { answer: " Photos", why: "same name, other case and a space" }],
    wrong: [
      { answer: "medical", why: "the worst subset with Porn only, or by maximum score" },
      { answer: "landmarks", why: "another subset" },
      { answer: "art", why: "the subset with the lowest rate" },
      { answer: "", why: "empty" },
      { answer: ["photos", "medical"], why: "a list instead of one name" },
      { answer: 0.222, why: "the rate instead of the subset" },
    ],
  },
  "8.3": {
    right: [{ answer: () => removedIn(C.from, C.to), why: "blocklistFilter over the 1900-1999 paragraphs, counted" }],
    wrong: [
      { answer: () => removedIn(1800, 1899), why: "the nineteenth century instead" },
      { answer: () => removedIn(1790, 2021), why: "every year" },
      { answer: () => paras(C.from, C.to).length - removedIn(C.from, C.to), why: "the number kept" },
      { answer: () => removedIn(C.from, C.to) + 1, why: "off by one" },
      { answer: () => blocklistFilter(paras(C.from, C.to)).reduce((n, r) => n + r.matches.length, 0), why: "distinct matched words summed over paragraphs" },
      { answer: () => { const words = ["sex", "rape", "intercourse"]; return paras(C.from, C.to).filter((t) => words.some((w) => t.toLowerCase().includes(w))).length; }, why: "substring matching of a few words (Sexton, grape...)" },
      { answer: 0, why: "nothing removed" },
    ],
  },
};
