// Right answers and plausible wrong ones for lab 01's checks, computed from the same
// data the judges use; run by test/checks/check-cases.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { accuracyUnderSkew } from "../skew/accuracy-under-skew";
import { loadDigits } from "../skew/load-digits";
import { loadTextCorpora } from "../skew/load-text-corpora";
import { NULL_ROW, skewReport } from "../skew/skew-report";
import { textFeatures } from "../skew/text-features";
import { trainDigitClassifier } from "../skew/train-digit-classifier";
import { once } from "./once";
import { DIGIT_SETUP, TRANSFER } from "./lab01";
import type { LabCheckCases } from "./types";

type Row = { feature: string; ks: number; psi: number };
const rowsOf = (r: ReturnType<typeof skewReport>) => (r.objects() as Row[]).filter((x) => x.feature !== NULL_ROW);
const features = once(() => JSON.parse(readFileSync(join(projectRoot(), "data", "skew", "features.json"), "utf8")));
const truth = once(() => JSON.parse(readFileSync(join(projectRoot(), "data", "skew", "truth.json"), "utf8")));
const deployB = once(() => rowsOf(skewReport(features().train, features().deployB)));
const deployA = once(() => rowsOf(skewReport(features().train, features().deploy)));
const byPsiB = once(() => rowsOf(skewReport(features().train, features().deployB, { rankBy: "psi" })));
const oldSpeeches = once(() => rowsOf(skewReport(textFeatures(loadTextCorpora({ from: TRANSFER.speechesFrom }).speeches), textFeatures(loadTextCorpora().emails))));
const modern = once(() => rowsOf(skewReport(textFeatures(loadTextCorpora().speeches), textFeatures(loadTextCorpora().emails))));
const reversed = once(() => rowsOf(skewReport(textFeatures(loadTextCorpora().emails), textFeatures(loadTextCorpora({ from: TRANSFER.speechesFrom }).speeches))));
const digits = once(() => {
  const model = trainDigitClassifier(loadDigits(DIGIT_SETUP.train));
  return accuracyUnderSkew(model, loadDigits(DIGIT_SETUP.test), { strengths: [0.25, 0.5, 1] });
});
const rankedAt = (s: number) => digits().filter((r) => r.strength === s).sort((a, b) => a.accuracy - b.accuracy).map((r) => r.kind);
const pick = (r: Row) => ({ feature: r.feature, ks: r.ks });

export const cases: LabCheckCases = {
  "1.1": {
    right: [{ answer: () => rankedAt(0.5)[0], why: "lowest accuracy at strength 0.5" }],
    wrong: [
      { answer: () => rankedAt(0.5)[1], why: "the runner-up at 0.5" },
      { answer: () => rankedAt(0.5).at(-1), why: "sorted the wrong way: the mildest skew" },
      { answer: () => rankedAt(1).find((k) => k !== rankedAt(0.5)[0]) ?? "cast", why: "the worst at another strength (or its runner-up)" },
      { answer: "cast", why: "the skew the lab says costs nothing" },
      { answer: "", why: "the unfilled cell" },
      { answer: "jpeg", why: "an image skew the digit model never saw" },
      { answer: 0.5, why: "the strength instead of the name" },
    ],
  },
  "1.2": {
    right: [
      { answer: () => pick(deployB()[0]), why: "rank 1 of train vs deploy-b, its KS" },
      { answer: () => ({ feature: deployB()[0].feature, ks: Number(deployB()[0].ks.toFixed(3)) }), why: "KS rounded to the 3 decimals the table shows" },
    ],
    wrong: [
      { answer: () => pick(deployA()[0]), why: "the first deploy set's answer, printed in the lab" },
      { answer: () => pick(deployB()[1]), why: "the neighbour in the ranking" },
      { answer: () => ({ feature: deployB()[0].feature, ks: deployA()[0].ks }), why: "right feature, KS copied from the other report" },
      { answer: () => ({ feature: deployB()[0].feature, ks: deployB()[0].psi }), why: "right feature, PSI instead of KS" },
      { answer: () => ({ feature: deployB()[0].feature }), why: "the feature without its KS" },
      { answer: () => deployB()[0].feature, why: "a bare name instead of { feature, ks }" },
      { answer: () => pick(byPsiB()[0].feature === deployB()[0].feature ? byPsiB()[1] : byPsiB()[0]), why: "ranked by another distance" },
      { answer: () => ({ feature: NULL_ROW, ks: deployB()[0].ks }), why: "the null row" },
      { answer: { feature: "", ks: NaN }, why: "NaN from an empty computation" },
    ],
  },
  "1.3": {
    right: [{ answer: () => truth().skew, why: "the skew in truth.json" }],
    wrong: [
      { answer: () => truth().b.skew, why: "the second device's skew" },
      { answer: "jpeg", why: "the runner-up by total KS" },
      { answer: "fisheye", why: "the skew the lab demonstrated first" },
      { answer: "haze", why: "another plausible blur" },
      { answer: "sharpness", why: "the top feature instead of the skew" },
      { answer: "", why: "the unfilled cell" },
    ],
  },
  "1.4": {
    right: [
      { answer: () => pick(oldSpeeches()[0]), why: "rank 1 of the speeches from 1900 on vs the e-mails" },
      { answer: () => ({ feature: oldSpeeches()[0].feature, ks: Number(oldSpeeches()[0].ks.toFixed(3)) }), why: "KS to 3 decimals" },
      { answer: () => pick(reversed()[0]), why: "the same report with the sets swapped (KS is symmetric)" },
    ],
    wrong: [
      { answer: () => pick(modern()[0]), why: "the 1990 speeches' answer, printed in the lab" },
      { answer: () => pick(oldSpeeches()[1]), why: "the neighbour in the ranking" },
      { answer: () => ({ feature: oldSpeeches()[0].feature, ks: oldSpeeches()[0].psi }), why: "PSI instead of KS" },
      { answer: () => ({ feature: oldSpeeches()[0].feature, ks: oldSpeeches()[0].ks + 0.01 }), why: "a KS off by 0.01" },
      { answer: () => oldSpeeches()[0].feature, why: "a bare name" },
      { answer: () => pick(modern()[1]), why: "the modern report's runner-up" },
      { answer: { feature: "punctuation", ks: NaN }, why: "NaN" },
    ],
  },
};
