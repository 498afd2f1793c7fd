import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { accuracyUnderSkew } from "../skew/accuracy-under-skew";
import { loadDigits } from "../skew/load-digits";
import { loadTextCorpora } from "../skew/load-text-corpora";
import { PIXEL_SKEWS, type PixelSkew } from "../skew/skew-pixels";
import { NULL_ROW, skewReport } from "../skew/skew-report";
import { textFeatures } from "../skew/text-features";
import { trainDigitClassifier } from "../skew/train-digit-classifier";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

/** The digit experiment of lab 01, shared by the notebook and check 1.1. */
export const DIGIT_SETUP = { train: { perDigit: 500, offset: 0 }, test: { perDigit: 100, offset: 700 }, strength: 0.5 } as const;

/** The slices checks 1.2 and 1.4 ask about, which the lab itself never shows. */
export const TRANSFER = { deployB: "data/skew/deploy-b", speechesFrom: 1900 } as const;

/** Accuracy of the reference classifier under each skew at each strength the lab plots (computed once, ~5 s). */
const digitAccuracies = once(() => {
  const model = trainDigitClassifier(loadDigits(DIGIT_SETUP.train));
  return accuracyUnderSkew(model, loadDigits(DIGIT_SETUP.test), { strengths: [0.25, DIGIT_SETUP.strength, 0.75] });
});

interface Planted { features: Record<"train" | "deploy" | "deployB", Record<string, unknown>[]>; skew: string }
const planted = once((): Planted => {
  const dir = join(projectRoot(), "data", "skew");
  return { features: JSON.parse(readFileSync(join(dir, "features.json"), "utf8")), skew: JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")).skew };
});

/** A report's feature rows, best first, without the null row. */
const featureRows = (report: ReturnType<typeof skewReport>) =>
  (report.objects() as { feature: string; ks: number }[]).filter((r) => r.feature !== NULL_ROW);

const deployBRows = once(() => featureRows(skewReport(planted().features.train, planted().features.deployB)));
const deployRows = once(() => featureRows(skewReport(planted().features.train, planted().features.deploy)));
const oldSpeechRows = once(() => {
  const { emails } = loadTextCorpora();
  return featureRows(skewReport(textFeatures(loadTextCorpora({ from: TRANSFER.speechesFrom }).speeches), textFeatures(emails)));
});
const modernSpeechRows = once(() => {
  const { speeches, emails } = loadTextCorpora();
  return featureRows(skewReport(textFeatures(speeches), textFeatures(emails)));
});

function judgeWorstSkew(answer: unknown): Verdict {
  const at = (s: number) => digitAccuracies().filter((r) => r.strength === s).sort((a, b) => a.accuracy - b.accuracy).map((r) => r.kind as PixelSkew);
  const ranked = at(DIGIT_SETUP.strength);
  if (typeof answer !== "string" || !(PIXEL_SKEWS as readonly string[]).includes(answer)) {
    return { passed: false, message: `Answer with one of these names (a string): ${[...PIXEL_SKEWS].sort().join(", ")}. Got ${JSON.stringify(answer)}.` };
  }
  if (answer === ranked[0]) return { passed: true, message: `Correct: ${answer} costs the digit classifier the most accuracy at strength 0.5.` };
  if (answer === ranked[ranked.length - 1]) return { passed: false, message: `${answer} costs the least: check the direction of your sort.` };
  for (const s of [0.25, 0.75]) if (answer === at(s)[0]) return { passed: false, message: `${answer} is the worst at strength ${s}: the question asks about 0.5.` };
  return { passed: false, message: `${answer} comes in place ${ranked.indexOf(answer as PixelSkew) + 1} of ${ranked.length} at strength 0.5, not first.` };
}

/** Judges `{ feature, ks }`: the top feature of a report and its KS, to the 3 decimals the tables show. */
function judgeTopWithKs(answer: unknown, rows: { feature: string; ks: number }[], decoys: { rows: { feature: string; ks: number }[]; what: string }[], what: string): Verdict {
  const a = answer as { feature?: unknown; ks?: unknown } | null;
  if (typeof a !== "object" || a === null || typeof a.feature !== "string" || typeof a.ks !== "number") {
    return { passed: false, message: `Answer with an object { feature, ks }: the feature's name (a string) and its KS statistic (a number). Got ${JSON.stringify(answer)}.` };
  }
  const names = rows.map((r) => r.feature);
  if (!names.includes(a.feature)) return { passed: false, message: `'${a.feature}' is not a feature of this report. Its features: ${names.slice().sort().join(", ")}.` };
  const top = rows[0], close = (x: number, y: number) => Math.abs(x - y) < 0.0005;
  if (a.feature === top.feature && close(a.ks, top.ks)) return { passed: true, message: `Correct: ${top.feature} moved most ${what}, KS ${top.ks.toFixed(3)}.` };
  for (const d of decoys) {
    if (a.feature === d.rows[0].feature && close(a.ks, d.rows[0].ks)) return { passed: false, message: `That is the top row of ${d.what}, not of ${what}.` };
  }
  if (a.feature !== top.feature) {
    const place = names.indexOf(a.feature) + 1;
    return { passed: false, message: `${a.feature} comes in place ${place} of ${names.length} ${what}, not first.` };
  }
  return { passed: false, message: `${a.feature} is the right feature, but its KS ${what} is not ${a.ks}: give the KS of that report, not of another one (3 decimals are enough).` };
}

function judgeDeployB(answer: unknown): Verdict {
  return judgeTopWithKs(answer, deployBRows(), [{ rows: deployRows(), what: "the first deploy set's report" }], "in the train vs deploy-b report");
}

function judgeHiddenSkew(answer: unknown): Verdict {
  const { skew } = planted();
  const kinds = [...PIXEL_SKEWS, "jpeg"];
  if (typeof answer !== "string" || !kinds.includes(answer)) return { passed: false, message: `Answer with one skew name: ${kinds.join(", ")}. Got ${JSON.stringify(answer)}.` };
  if (answer === skew) return { passed: true, message: `Correct: the deployment tiles were made with the ${skew} skew.` };
  return { passed: false, message: `A ${answer} skew would move other features first. Which feature moved most, and which of the skews you applied to the digits and photos moves that feature?` };
}

function judgeOldSpeeches(answer: unknown): Verdict {
  return judgeTopWithKs(answer, oldSpeechRows(), [{ rows: modernSpeechRows(), what: "the 1990 speeches' report shown above" }], `in the report of the speeches from ${TRANSFER.speechesFrom} on vs the e-mails`);
}

/** Lab 01 (skew): which skew hurts most, which feature moved on a second device, which skew it was, which text feature differs most for older speeches. */
export const lab01: LabChecks = {
  lab: "01-skew",
  checks: {
    "1.1": { question: "Which skew costs the digit classifier the most accuracy at strength 0.5? (a skew name)", points: 1, judge: judgeWorstSkew },
    "1.2": { question: "Which feature moved most between the train tiles and data/skew/deploy-b, and its KS? ({ feature, ks })", points: 1, judge: judgeDeployB },
    "1.3": { question: "Which skew was applied to the deployment tiles? (a skew name)", points: 1, judge: judgeHiddenSkew },
    "1.4": { question: `Which text feature separates the speeches from ${TRANSFER.speechesFrom} on from the e-mails most, and its KS? ({ feature, ks })`, points: 1, judge: judgeOldSpeeches },
  },
  prepare: () => { digitAccuracies(); planted(); deployBRows(); deployRows(); oldSpeechRows(); modernSpeechRows(); },
};
