// Right answers and plausible wrong ones for lab 04's checks, run by
// test/checks/check-cases.test.ts. Right answers are computed from the data by each
// question's definition (lib/checks/lab04.ts), never typed in.
import { evaluateDetections } from "../views/evaluate-detections";
import { withDetectorPredictions } from "../views/load-detector-predictions";
import { loadPredictionsSet } from "../views/load-predictions-set";
import { maxScore } from "../views/max-score";
import type { ObjectLabel, SampleRow } from "../views/view-types";
import { falsePositivesAt, hardNegatives, imageMistakenness, LAB04, plantedInTopK } from "./lab04";
import type { LabCheckCases } from "./types";

const rows = (): SampleRow[] => withDetectorPredictions(loadPredictionsSet().dataset).rows();
const planted = () => Object.keys(loadPredictionsSet().planted);
const score = (r: SampleRow) => maxScore(r.predictions, "person");
const byScore = (list: SampleRow[], dir: number) => list.slice().sort((a, b) => dir * (score(a) - score(b)) || (a.id < b.id ? -1 : 1)).map((r) => r.id);
const topMistaken = (k: number, label: (r: SampleRow) => string = (r) => r.label as string) =>
  rows().map((r) => ({ id: r.id, m: imageMistakenness({ ...r, label: label(r) }) })).sort((a, b) => b.m - a.m || (a.id < b.id ? -1 : 1)).slice(0, k).map((x) => x.id);
const countAt = (t: number, what: "tp" | "fn", iou = LAB04.iou) => rows().reduce((n, r) => {
  const kept = { ...r, predictions: (r.predictions as ObjectLabel[]).filter((p) => (p.score ?? 0) >= t) };
  return n + (evaluateDetections(kept, "predictions", "groundTruth", { iou })[`eval_${what}`] as number);
}, 0);
const fpAtIou = (t: number, iou: number) => rows().reduce((n, r) => {
  const kept = { ...r, predictions: (r.predictions as ObjectLabel[]).filter((p) => (p.score ?? 0) >= t) };
  return n + (evaluateDetections(kept, "predictions", "groundTruth", { iou }).eval_fp as number);
}, 0);
const fpNoCrowd = (t: number) => rows().reduce((n, r) => n + (r.predictions as ObjectLabel[]).filter((p) => (p.score ?? 0) >= t).length, 0) - countAt(t, "tp");

export const cases: LabCheckCases = {
  "4.1": {
    right: [
      { answer: () => hardNegatives(), why: "ids, highest max person score first" },
      { answer: () => hardNegatives().map((id) => `data/predictions/images/${id}.jpg`), why: "the same images as file paths" },
      { answer: () => hardNegatives().map((id) => `${id}.jpg`), why: "the same images as file names" },
    ],
    wrong: [
      { answer: () => hardNegatives().slice().reverse(), why: "right images, lowest first" },
      { answer: () => byScore(rows().filter((r) => r.label === "none"), 1).slice(0, 5), why: "the five lowest-scoring labelled-none images" },
      { answer: () => byScore(rows().filter((r) => r.label === "person"), 1).slice(0, 5), why: "the seed view's answer (lowest-scoring labelled person)" },
      { answer: () => byScore(rows().filter((r) => r.label === "none"), -1).slice(1, 6), why: "off by one: positions 2-6" },
      { answer: () => byScore(rows().filter((r) => loadPredictionsSet().truth[r.id] === "none"), -1).slice(0, 5), why: "matched on the true label instead of the given one" },
      { answer: () => byScore(rows(), -1).slice(0, 5), why: "no match stage: the five highest-scoring images of the whole set" },
      { answer: () => hardNegatives().slice(0, 4), why: "only four" },
      { answer: [], why: "an empty list" },
      { answer: "skimage-camera", why: "a single id, not a list" },
    ],
  },
  "4.3": {
    right: [
      { answer: () => plantedInTopK(), why: "the planted ids in the top 10, any order" },
      { answer: () => plantedInTopK().slice().reverse(), why: "the same set in another order" },
    ],
    wrong: [
      { answer: () => topMistaken(LAB04.mistakennessTopK), why: "the whole top 10, planted or not" },
      { answer: () => planted(), why: "every planted error, ranked or not" },
      { answer: () => plantedInTopK(6), why: "the top 6 (the table shown), not the top 10" },
      { answer: () => plantedInTopK(LAB04.mistakennessTopK - 3), why: "the top 7" },
      { answer: () => topMistaken(LAB04.mistakennessTopK, (r) => loadPredictionsSet().truth[r.id]).filter((id) => planted().includes(id)), why: "compared with the true labels instead of the given ones" },
      { answer: () => planted().filter((id) => !plantedInTopK().includes(id)), why: "the planted errors mistakenness misses" },
      { answer: [], why: "an empty list" },
    ],
  },
  "4.2": {
    right: [
      { answer: () => ({ threshold: 0.35, falsePositives: falsePositivesAt(0.35) }), why: "threshold 0.35" },
      { answer: () => ({ threshold: 0.45, falsePositives: falsePositivesAt(0.45) }), why: "threshold 0.45" },
      { answer: () => ({ threshold: 0.2, falsePositives: falsePositivesAt(0.2) }), why: "threshold 0.2" },
    ],
    wrong: [
      { answer: () => ({ threshold: 0.35, falsePositives: falsePositivesAt(0.45) }), why: "the count at another threshold" },
      { answer: () => ({ threshold: 0.35, falsePositives: countAt(0.35, "tp") }), why: "true positives instead of false positives" },
      { answer: () => ({ threshold: 0.35, falsePositives: countAt(0.35, "fn") }), why: "missed boxes (fn) instead of false positives" },
      { answer: () => ({ threshold: 0.35, falsePositives: fpAtIou(0.35, 0.3) }), why: "matched at IoU 0.3 instead of 0.5" },
      { answer: () => ({ threshold: 0.35, falsePositives: fpNoCrowd(0.35) }), why: "crowd-ignored boxes counted as false positives" },
      { answer: () => ({ threshold: 0.35, falsePositives: falsePositivesAt(0.35) + 1 }), why: "off by one" },
      { answer: () => ({ threshold: 0.35, falsePositives: NaN }), why: "NaN" },
      { answer: () => falsePositivesAt(0.35), why: "a bare number without its threshold" },
      { answer: () => ({ threshold: 1.5, falsePositives: 0 }), why: "a threshold outside the plot" },
    ],
  },
};
