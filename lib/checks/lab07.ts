import type { LabChecks, Verdict } from "./types";
import { cardExercise } from "../pii/card-exercise";
import { luhnValid } from "../pii/luhn-valid";
import { loadPIICorpus, type PIICorpusDoc } from "../pii/load-pii-corpus";
import { evaluatePII } from "../pii/evaluate-pii";
import { naivePII } from "../pii/naive-pii";
import { detectPII } from "../pii/detect-pii";
import { redact } from "../pii/redact";
import { projectRoot } from "../data/project-root";
import { join } from "node:path";

let corpus: PIICorpusDoc[] | null = null;
const docs = () => (corpus ??= loadPIICorpus({ path: join(projectRoot(), "data", "pii", "corpus.jsonl") }));
const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

function judgeCards(answer: unknown): Verdict {
  const { valid } = cardExercise();
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "string")) {
    return { passed: false, message: "Answer with an array of strings, one per card number (spaces and dashes are fine)." };
  }
  const got = new Set(answer.map((a: string) => a.replace(/[\s-]/g, "")));
  if (answer.some((a: string) => !luhnValid(a))) return { passed: false, message: "Some of your numbers fail the Luhn check: a card number is only valid when its Luhn checksum is." };
  const missing = valid.filter((v) => !got.has(v)).length;
  const extra = [...got].filter((g) => !valid.includes(g)).length;
  if (missing === 0 && extra === 0) return { passed: true, message: `Correct: ${valid.length} numbers are valid cards; the others are typos or not cards at all.` };
  if (extra > 0) return { passed: false, message: "You included a number that passes Luhn but is not a card: check the issuer prefix (cards start with 2, 3, 4, 5 or 6)." };
  return { passed: false, message: `You found ${valid.length - missing} of the valid cards. Look at every layout: with spaces, with dashes, in one run, and 15-digit cards.` };
}

function judgeNaiveZipF2(answer: unknown): Verdict {
  const slice = docs().filter((d) => d.locale === "en_US");
  const { rows } = evaluatePII(slice, naivePII, { types: ["ZIP_CODE"] });
  const row = rows[0];
  if (typeof answer !== "number" || Number.isNaN(answer)) return { passed: false, message: "Answer with a number between 0 and 1." };
  if (near(answer, row.f2)) return { passed: true, message: `Correct: F2 = ${row.f2.toFixed(3)} (precision ${row.precision.toFixed(3)}, recall ${row.recall.toFixed(3)}).` };
  const f1 = evaluatePII(slice, naivePII, { types: ["ZIP_CODE"], beta: 1 }).rows[0].f2;
  if (near(answer, f1)) return { passed: false, message: "That is F1. F2 weighs recall more: pass { beta: 2 } (the default of evaluatePII)." };
  if (near(answer, row.precision) || near(answer, row.recall)) return { passed: false, message: "That is precision or recall alone; the question asks for F2, which combines them." };
  return { passed: false, message: "Not quite: keep only the en_US documents, score naivePII on ZIP_CODE with evaluatePII, and read f2." };
}

function judgeBiggestGain(answer: unknown): Verdict {
  const ours = evaluatePII(docs(), (t) => detectPII(t)).rows;
  const naive = evaluatePII(docs(), naivePII).rows.filter((r) => r.predicted > 0);
  const gains = naive.map((n) => ({ type: n.type, gain: (ours.find((o) => o.type === n.type)?.precision ?? 0) - n.precision }))
    .sort((a, b) => b.gain - a.gain);
  if (typeof answer !== "string" || answer === "") return { passed: false, message: "Answer with a type name such as \"PHONE\"." };
  if (answer === gains[0].type) return { passed: true, message: `Correct: ${answer} gains ${(gains[0].gain * 100).toFixed(0)} points of precision from validation and context.` };
  if (!naive.some((n) => n.type === answer)) return { passed: false, message: `The naive baseline never predicts ${answer}, so it has no precision to compare: pick among the types it does predict.` };
  return { passed: false, message: "Not that one: compute precision per type for both detectors on the whole corpus and take the largest difference (ours minus naive)." };
}

function judgeRedactionCount(answer: unknown): Verdict {
  const forms = docs().filter((d) => d.kind === "form");
  const expected = forms.reduce((n, d) => n + redact(d.text, { mode: "tag" }).changes.length, 0);
  if (typeof answer !== "number" || !Number.isInteger(answer)) return { passed: false, message: "Answer with a whole number of changes." };
  if (answer === expected) return { passed: true, message: `Correct: ${expected} values were replaced in ${forms.length} forms.` };
  const gold = forms.reduce((n, d) => n + d.spans.length, 0);
  if (answer === gold) return { passed: false, message: "That is the number of labelled spans; count the changes redact() reports instead." };
  return { passed: false, message: "Not quite: keep the documents whose kind is \"form\", redact each in tag mode and add up the lengths of `changes`." };
}

/** Lab 07 (PII): valid cards, F2 of the naive baseline on a slice, precision gains, redaction. */
export const lab07: LabChecks = {
  lab: "07-pii",
  checks: {
    "7.1": { question: "Which card numbers in cardExercise().text are valid? (array of strings)", points: 1, judge: judgeCards },
    "7.2": { question: "F2 of the naive baseline on ZIP_CODE over the en_US documents of the corpus", points: 1, judge: judgeNaiveZipF2 },
    "7.3": { question: "For which type does detectPII gain the most precision over the naive baseline?", points: 1, judge: judgeBiggestGain },
    "7.4": { question: "How many changes does tag-mode redaction make over all \"form\" documents?", points: 1, judge: judgeRedactionCount },
  },
};
