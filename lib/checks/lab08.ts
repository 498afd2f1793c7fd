import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { blocklistFilter } from "../filtering/blocklist-filter";
import { chooseThreshold } from "../filtering/choose-threshold";
import { thresholdCurve } from "../filtering/threshold-curve";
import { sotuParagraphs } from "../llm-text/sotu-paragraphs";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

/** Check 8.1: the threshold on Porn + Hentai + Sexy with FPR <= 10 % on the landmarks subset. */
export const LAB08_THRESHOLD_TASK = { subset: "landmarks", classes: ["Porn", "Hentai", "Sexy"], maxFpr: 0.1 } as const;
/** Check 8.2: the subset with the highest FPR at threshold 0.02 with Porn + Hentai + Sexy. */
export const LAB08_SUBSET_TASK = { threshold: 0.02, classes: ["Porn", "Hentai", "Sexy"] } as const;
/** Check 8.3: State of the Union paragraphs of these years that the English LDNOOBW list removes. */
export const LAB08_CAPTION_TASK = { from: 1900, to: 1999 } as const;

interface ScoreRow { subset: string; name: string; scores: Record<string, number> }

/** The committed nsfwjs scores of the safe subsets (data/filtering/nsfw-scores.json, verified by a test). */
export const lab08Scores = once((): ScoreRow[] => JSON.parse(readFileSync(join(projectRoot(), "data/filtering/nsfw-scores.json"), "utf8")).rows);

/** One subset's unsafe scores under a class set. */
export function lab08Unsafe(subset: string, classes: ReadonlyArray<string>): number[] {
  return lab08Scores().filter((r) => r.subset === subset).map((r) => classes.reduce((s, c) => s + r.scores[c], 0));
}

const expectedThreshold = once(() => chooseThreshold(lab08Unsafe(LAB08_THRESHOLD_TASK.subset, LAB08_THRESHOLD_TASK.classes), undefined, { maxFpr: LAB08_THRESHOLD_TASK.maxFpr }).threshold);

/** Each subset's FPR at a threshold under a class set (check 8.2 and its case table). */
export function lab08SubsetFprs(classes: ReadonlyArray<string>, threshold: number): Array<{ subset: string; fpr: number }> {
  const subsets = [...new Set(lab08Scores().map((r) => r.subset))];
  return subsets.map((s) => ({ subset: s, fpr: thresholdCurve(lab08Unsafe(s, classes), undefined, { thresholds: [threshold] })[0].fpr }));
}

const subsetFprs = once(() => lab08SubsetFprs(LAB08_SUBSET_TASK.classes, LAB08_SUBSET_TASK.threshold));

const captionTexts = once(() => sotuParagraphs(LAB08_CAPTION_TASK).map((p) => p.text));
const captionRemoved = once(() => blocklistFilter(captionTexts()).filter((r) => r.removed).length);

function judgeThreshold(answer: unknown): Verdict {
  if (typeof answer !== "number" || !Number.isFinite(answer)) return { passed: false, message: `Answer with the threshold as a number (got ${String(answer)}).` };
  const expected = expectedThreshold();
  if (Math.abs(answer - expected) <= 1e-4) return { passed: true, message: `Correct: above ${expected.toFixed(4)}, at most 10 % of the landmark photos are flagged.` };
  const scores = lab08Unsafe(LAB08_THRESHOLD_TASK.subset, LAB08_THRESHOLD_TASK.classes);
  const fpr = scores.filter((s) => s > answer).length / scores.length;
  if (fpr > LAB08_THRESHOLD_TASK.maxFpr) return { passed: false, message: `At ${answer} the filter flags ${(fpr * 100).toFixed(1)} % of the landmark photos: over the budget. Check the subset, the classes you summed, and that a photo counts as flagged when its score is above the threshold.` };
  return { passed: false, message: `${answer} keeps within the budget but is not the smallest threshold that does: the answer is one of the subset's own scores. Check the subset and the classes you summed (Porn + Hentai + Sexy).` };
}

function judgeSubset(answer: unknown): Verdict {
  if (typeof answer !== "string" || !answer.trim()) return { passed: false, message: "Answer with a subset name (a string such as 'art')." };
  const rows = subsetFprs();
  const name = answer.trim().toLowerCase();
  const picked = rows.find((r) => r.subset === name);
  if (!picked) return { passed: false, message: `'${answer}' is not a subset: use one of ${rows.map((r) => r.subset).join(", ")}.` };
  const best = rows.reduce((a, b) => (b.fpr > a.fpr ? b : a));
  if (picked.subset === best.subset) return { passed: true, message: `Correct: ${best.subset} loses ${(best.fpr * 100).toFixed(1)} % of its images at threshold ${LAB08_SUBSET_TASK.threshold}.` };
  return { passed: false, message: `${picked.subset} is not the worst hit at this threshold with these classes. Check which classes you summed (Porn + Hentai + Sexy) and the threshold.` };
}

function judgeCaptions(answer: unknown): Verdict {
  if (typeof answer !== "number" || !Number.isInteger(answer)) return { passed: false, message: `Answer with a whole number of paragraphs (got ${String(answer)}).` };
  const expected = captionRemoved();
  if (answer === expected) return { passed: true, message: `Correct: the blocklist removes ${expected} of the ${captionTexts().length} paragraphs of ${LAB08_CAPTION_TASK.from}-${LAB08_CAPTION_TASK.to}.` };
  if (answer === captionTexts().length - expected) return { passed: false, message: "That is the number of paragraphs the filter keeps: count the removed ones." };
  return { passed: false, message: `Not that many: count paragraphs (not matched words) of ${LAB08_CAPTION_TASK.from}-${LAB08_CAPTION_TASK.to} only, removed when any whole word of the list occurs.` };
}

/** Lab 08 (filtering adult content): a threshold from a curve, the worst-hit subset, a blocklist's removals. */
export const lab08: LabChecks = {
  lab: "08-adult-content",
  prepare: () => {
    expectedThreshold();
    subsetFprs();
    captionRemoved();
  },
  checks: {
    "8.1": { question: "The smallest threshold on Porn + Hentai + Sexy with FPR <= 10 % on the landmarks subset", points: 1, judge: judgeThreshold },
    "8.2": { question: "The subset with the highest false-positive rate at threshold 0.02 with Porn + Hentai + Sexy", points: 1, judge: judgeSubset },
    "8.3": { question: "How many State of the Union paragraphs of 1900-1999 does the English LDNOOBW list remove?", points: 1, judge: judgeCaptions },
  },
};
