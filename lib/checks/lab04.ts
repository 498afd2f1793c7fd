import { evaluateDetections } from "../views/evaluate-detections";
import { withDetectorPredictions } from "../views/load-detector-predictions";
import { loadPredictionsSet } from "../views/load-predictions-set";
import { maxScore } from "../views/max-score";
import { classMistakenness } from "../views/mistakenness";
import type { ObjectLabel, SampleRow } from "../views/view-types";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

/** The numbers lab 04's questions use. */
export const LAB04 = { hardNegatives: 5, mistakennessTopK: 10, personThreshold: 0.5, iou: 0.5, thresholdRange: [0.05, 0.95] as [number, number] } as const;

const data = once(() => {
  const set = loadPredictionsSet();
  const rows = withDetectorPredictions(set.dataset).rows();
  return { rows, planted: Object.keys(set.planted), ids: new Set(rows.map((r) => r.id)) };
});

const personScore = (r: SampleRow) => maxScore(r.predictions, "person");

/** Image-level mistakenness as lab 04 defines it: the detector "says person" at max score >= 0.5, confidence s or 1 - s. */
export function imageMistakenness(r: SampleRow, threshold: number = LAB04.personThreshold): number {
  const s = personScore(r);
  const predicted = s >= threshold ? "person" : "none";
  return classMistakenness(predicted === "person" ? s : 1 - s, predicted === r.label);
}

/** The 5 images labelled "none" with the highest max person score, highest first. */
export function hardNegatives(): string[] {
  return data().rows.filter((r) => r.label === "none").map((r) => ({ id: r.id, s: personScore(r) }))
    .sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1)).slice(0, LAB04.hardNegatives).map((x) => x.id);
}

/** The planted label errors among the top 10 images by mistakenness. */
export function plantedInTopK(k: number = LAB04.mistakennessTopK): string[] {
  const { rows, planted } = data();
  const top = rows.map((r) => ({ id: r.id, m: imageMistakenness(r) })).sort((a, b) => b.m - a.m || (a.id < b.id ? -1 : 1)).slice(0, k).map((x) => x.id);
  return top.filter((id) => planted.includes(id)).sort();
}

/** False-positive person boxes over the whole set, keeping predictions with score >= threshold, at IoU 0.5. */
export function falsePositivesAt(threshold: number): number {
  return data().rows.reduce((n, r) => {
    const kept = { ...r, predictions: (r.predictions as ObjectLabel[]).filter((p) => (p.score ?? 0) >= threshold) };
    return n + (evaluateDetections(kept, "predictions", "groundTruth", { iou: LAB04.iou }).eval_fp as number);
  }, 0);
}

/** Accepts ids, file names or paths; returns ids, or undefined if any item is not one of the set. */
function toIds(answer: unknown): string[] | undefined {
  if (!Array.isArray(answer) || !answer.every((a) => typeof a === "string")) return undefined;
  const ids = (answer as string[]).map((a) => a.replace(/^.*\//, "").replace(/\.jpg$/, ""));
  return ids.every((id) => data().ids.has(id)) ? ids : undefined;
}

function judgeHardNegatives(answer: unknown): Verdict {
  const expected = hardNegatives();
  const ids = toIds(answer);
  if (!ids) return { passed: false, message: `Answer with a list of ${expected.length} image ids from the set (or their file names), e.g. ["gnome-cat", ...]. Got ${JSON.stringify(answer)?.slice(0, 120)}.` };
  if (ids.length !== expected.length) return { passed: false, message: `The question asks for ${expected.length} images; you gave ${ids.length}.` };
  if (ids.every((id, i) => id === expected[i])) return { passed: true, message: `Correct: ${expected.join(", ")}. Look at them: which are real negatives and which labels are wrong?` };
  const rows = new Map(data().rows.map((r) => [r.id, r]));
  if (ids.some((id) => rows.get(id)!.label !== "none")) return { passed: false, message: "Some of these images are not labelled \"none\": match on the given label field before sorting." };
  if ([...ids].sort().join() === [...expected].sort().join()) return { passed: false, message: "The right five images, in the wrong order: the question asks for the highest score first." };
  return { passed: false, message: "Not the five labelled-none images with the highest max person score. Is your sort key the max person score over each image's predictions, and the direction the one asked?" };
}

function judgePlanted(answer: unknown): Verdict {
  const expected = plantedInTopK();
  const ids = toIds(answer);
  if (!ids) return { passed: false, message: `Answer with a list of image ids from the set (or their file names). Got ${JSON.stringify(answer)?.slice(0, 120)}.` };
  const got = [...new Set(ids)].sort();
  if (got.join() === expected.join()) return { passed: true, message: `Correct: ${expected.length} of the ${data().planted.length} planted errors are in the top ${LAB04.mistakennessTopK} (precision ${(expected.length / LAB04.mistakennessTopK).toFixed(1)}).` };
  const planted = new Set(data().planted);
  if (got.some((id) => !planted.has(id))) return { passed: false, message: "Your list includes images whose label was not planted: keep only the planted errors (the `planted` ids of loadPredictionsSet) among the top ones." };
  return { passed: false, message: `Not the planted errors among the top ${LAB04.mistakennessTopK} by mistakenness. Check the cut (top ${LAB04.mistakennessTopK}, highest mistakenness first) and the label each image is compared with (the given one).` };
}

function judgeFalsePositives(answer: unknown): Verdict {
  const a = answer as { threshold?: unknown; falsePositives?: unknown } | null;
  const t = a && typeof a === "object" ? a.threshold : undefined, fp = a && typeof a === "object" ? a.falsePositives : undefined;
  const [lo, hi] = LAB04.thresholdRange;
  if (typeof t !== "number" || !(t >= lo && t <= hi) || typeof fp !== "number" || !Number.isInteger(fp)) {
    return { passed: false, message: `Answer with {threshold, falsePositives}: a threshold between ${lo} and ${hi} read off the plot, and the whole number of false positives at it. Got ${JSON.stringify(answer)}.` };
  }
  // Scores in the committed file are rounded to 4 decimals: a threshold within 0.0001 of a score accepts either count.
  const accepted = new Set([falsePositivesAt(t), falsePositivesAt(t - 1e-4), falsePositivesAt(t + 1e-4)]);
  if (accepted.has(fp)) return { passed: true, message: `Correct: ${fp} false-positive person boxes at threshold ${t}.` };
  return { passed: false, message: `Not the number of false positives at threshold ${t}. Count predictions kept at that threshold (score >= threshold) that match no ground-truth box at IoU ${LAB04.iou}, over the whole set; true positives, missed boxes and crowd-ignored boxes are not false positives.` };
}

/** Lab 04 (predictions): hard negatives by max person score, false positives at a chosen threshold, planted errors found by mistakenness. */
export const lab04: LabChecks = {
  lab: "04-predictions",
  prepare: () => { data(); },
  checks: {
    "4.1": { question: "Which 5 images labelled \"none\" have the highest max person score, highest first? (a list of ids)", points: 1, judge: judgeHardNegatives },
    "4.2": { question: "How many false-positive person boxes are there at a score threshold you pick from the plot? ({threshold, falsePositives})", points: 1, judge: judgeFalsePositives },
    "4.3": { question: "Which planted label errors does mistakenness rank in its top 10? (a list of ids)", points: 1, judge: judgePlanted },
  },
};
