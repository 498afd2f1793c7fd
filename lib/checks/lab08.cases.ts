// Right and plausible wrong answers of lab 08's checks, computed from the data (run by
// test/checks/check-cases.test.ts).
import { blocklistFilter } from "../filtering/blocklist-filter";
import { chooseThreshold } from "../filtering/choose-threshold";
import { sotuParagraphs } from "../llm-text/sotu-paragraphs";
import { LAB08_CAPTION_TASK, LAB08_SUBSET_TASK, LAB08_THRESHOLD_TASK, lab08SubsetFprs, lab08Unsafe } from "./lab08";
import type { LabCheckCases } from "./types";

const T = LAB08_THRESHOLD_TASK;
const sorted = () => lab08Unsafe(T.subset, T.classes).sort((a, b) => b - a);
const pick = (subset: string, classes: readonly string[], maxFpr: number) => chooseThreshold(lab08Unsafe(subset, classes), undefined, { maxFpr }).threshold;
const paras = (from: number, to: number) => sotuParagraphs({ from, to }).map((p) => p.text);
const removedIn = (from: number, to: number) => blocklistFilter(paras(from, to)).filter((r) => r.removed).length;
const C = LAB08_CAPTION_TASK;
const S = LAB08_SUBSET_TASK;
const ranked = (classes: readonly string[]) => lab08SubsetFprs(classes, S.threshold).sort((a, b) => b.fpr - a.fpr);

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
    right: [
      { answer: () => ranked(S.classes)[0].subset, why: "the subset with the highest FPR at 0.02 with Porn + Hentai + Sexy" },
      { answer: () => ` ${ranked(S.classes)[0].subset[0].toUpperCase()}${ranked(S.classes)[0].subset.slice(1)}`, why: "same name, other case and a space" },
    ],
    wrong: [
      { answer: () => ranked(["Porn", "Hentai"])[0].subset, why: "the worst subset with Porn + Hentai only (Sexy left out)" },
      { answer: () => ranked(S.classes)[1].subset, why: "the runner-up, the neighbour in the ranking" },
      { answer: () => ranked(S.classes)[2].subset, why: "the third subset" },
      { answer: () => ranked(S.classes)[3].subset, why: "the subset with the lowest rate (sorted the wrong way)" },
      { answer: "", why: "empty" },
      { answer: () => ranked(S.classes).slice(0, 2).map((r) => r.subset), why: "a list instead of one name" },
      { answer: () => ranked(S.classes)[0].fpr, why: "the rate instead of the subset" },
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
