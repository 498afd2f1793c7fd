import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { accuracyUnderSkew } from "../skew/accuracy-under-skew";
import { loadDigits } from "../skew/load-digits";
import { loadTextCorpora } from "../skew/load-text-corpora";
import { PIXEL_SKEWS, type PixelSkew } from "../skew/skew-pixels";
import { skewReport } from "../skew/skew-report";
import { textFeatures } from "../skew/text-features";
import { trainDigitClassifier } from "../skew/train-digit-classifier";
import type { LabChecks, Verdict } from "./types";

/** The digit experiment of lab 01, shared by the notebook and check 1.1. */
export const DIGIT_SETUP = { train: { perDigit: 500, offset: 0 }, test: { perDigit: 100, offset: 700 }, strength: 0.5 } as const;

let digitRows: { kind: PixelSkew; accuracy: number }[] | undefined;
/** Accuracy of the reference classifier under each skew at DIGIT_SETUP.strength (computed once, ~5 s). */
function digitAccuracies(): { kind: PixelSkew; accuracy: number }[] {
  if (!digitRows) {
    const model = trainDigitClassifier(loadDigits(DIGIT_SETUP.train));
    digitRows = accuracyUnderSkew(model, loadDigits(DIGIT_SETUP.test), { strengths: [DIGIT_SETUP.strength] });
  }
  return digitRows;
}

function planted(): { features: { train: Record<string, unknown>[]; deploy: Record<string, unknown>[] }; skew: string } {
  const dir = join(projectRoot(), "data", "skew");
  return { features: JSON.parse(readFileSync(join(dir, "features.json"), "utf8")), skew: JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")).skew };
}

/** Judges a name from `choices` against the first entry of `ranked` (names, best first). */
function judgeRanked(answer: unknown, choices: readonly string[], ranked: string[], what: string, how: string): Verdict {
  if (typeof answer !== "string" || !choices.includes(answer)) {
    return { passed: false, message: `Answer with one of these names (a string): ${[...choices].sort().join(", ")}. Got ${JSON.stringify(answer)}.` };
  }
  if (answer === ranked[0]) return { passed: true, message: `Correct: ${answer} is the ${what}.` };
  const place = ranked.indexOf(answer) + 1;
  return { passed: false, message: `${answer} comes ${place === 0 ? "nowhere" : `in place ${place}`} of ${ranked.length}, not first. ${how}` };
}

function judgeWorstSkew(answer: unknown): Verdict {
  const ranked = digitAccuracies().slice().sort((a, b) => a.accuracy - b.accuracy).map((r) => r.kind);
  return judgeRanked(answer, PIXEL_SKEWS, ranked, "skew that costs the digit classifier the most accuracy at strength 0.5",
    "Filter the accuracy rows to strength 0.5 and sort by accuracy, lowest first.");
}

function judgeTopImageFeature(answer: unknown): Verdict {
  const { features } = planted();
  const report = skewReport(features.train, features.deploy);
  return judgeRanked(answer, report.array("feature") as string[], report.array("feature") as string[], "feature the skew report ranks first for the deployment tiles",
    "Run skewReport(trainFeatures, deployFeatures) and read the feature in rank 1.");
}

function judgeHiddenSkew(answer: unknown): Verdict {
  const { skew } = planted();
  const kinds = [...PIXEL_SKEWS, "jpeg"];
  if (typeof answer !== "string" || !kinds.includes(answer)) return { passed: false, message: `Answer with one skew name: ${kinds.join(", ")}. Got ${JSON.stringify(answer)}.` };
  if (answer === skew) return { passed: true, message: `Correct: the deployment tiles were made with the ${skew} skew.` };
  return { passed: false, message: `A ${answer} skew would move other features first. Which feature moved most, and which of the skews you applied to the digits and photos moves that feature?` };
}

let textRanking: string[] | undefined;
function judgeTopTextFeature(answer: unknown): Verdict {
  if (!textRanking) {
    const { speeches, emails } = loadTextCorpora();
    textRanking = skewReport(textFeatures(speeches), textFeatures(emails)).array("feature") as string[];
  }
  return judgeRanked(answer, textRanking, textRanking, "text feature that separates the speeches from the e-mails most (highest KS)",
    "Compare textFeatures(speeches) with textFeatures(emails) in skewReport and read rank 1.");
}

/** Lab 01 (skew): which skew hurts most, which feature moved, which skew it was, which text feature differs most. */
export const lab01: LabChecks = {
  lab: "01-skew",
  checks: {
    "1.1": { question: "Which skew costs the digit classifier the most accuracy at strength 0.5? (a skew name)", points: 1, judge: judgeWorstSkew },
    "1.2": { question: "Which feature does the skew report rank first for the deployment tiles in data/skew? (a feature name)", points: 1, judge: judgeTopImageFeature },
    "1.3": { question: "Which skew was applied to the deployment tiles? (a skew name)", points: 1, judge: judgeHiddenSkew },
    "1.4": { question: "Which text feature separates State of the Union speeches from e-mails most? (a feature name)", points: 1, judge: judgeTopTextFeature },
  },
};
