import type { LabChecks, Verdict } from "./types";
import { once } from "./once";
import { cardExercise } from "../pii/card-exercise";
import { luhnValid } from "../pii/luhn-valid";
import { loadPIICorpus, type PIICorpusDoc } from "../pii/load-pii-corpus";
import { evaluatePII } from "../pii/evaluate-pii";
import { naivePII } from "../pii/naive-pii";
import { detectPII } from "../pii/detect-pii";
import { redact } from "../pii/redact";
import { projectRoot } from "../data/project-root";
import { join } from "node:path";

const corpus = (file: string) => once(() => loadPIICorpus({ path: join(projectRoot(), "data", "pii", file) }));
const first = corpus("corpus.jsonl");
const second = corpus("corpus-second.jsonl");
/** Answers are asked to 3 decimals. */
const near = (a: number, b: number) => Math.abs(a - b) < 0.0005;
const inLocale = (docs: PIICorpusDoc[], locale: string) => docs.filter((d) => d.locale === locale);
const ofKind = (docs: PIICorpusDoc[], kind: string) => docs.filter((d) => d.kind === kind);

/** 7.2: the naive baseline's ZIP_CODE scores on a slice (the fr documents of the second corpus) and its neighbours. */
const zip = once(() => {
  const score = (docs: PIICorpusDoc[], detect = naivePII, beta = 2) => evaluatePII(docs, detect, { types: ["ZIP_CODE"], beta }).rows[0];
  const slice = inLocale(second(), "fr");
  return {
    row: score(slice), f1: score(slice, naivePII, 1).f2, ours: score(slice, (t) => detectPII(t)).f2,
    whole: score(second()).f2, others: ["en_US", "en_GB", "de"].map((l) => score(inLocale(second(), l)).f2),
    firstFr: score(inLocale(first(), "fr")).f2,
  };
});

/** Precision gain (detectPII minus naive) per type the naive baseline predicts, best first. */
function precisionGains(docs: PIICorpusDoc[]): { type: string; gain: number }[] {
  const ours = evaluatePII(docs, (t) => detectPII(t)).rows;
  return evaluatePII(docs, naivePII).rows.filter((r) => r.predicted > 0)
    .map((n) => ({ type: n.type, gain: (ours.find((o) => o.type === n.type)?.precision ?? 0) - n.precision }))
    .sort((a, b) => b.gain - a.gain || a.type.localeCompare(b.type));
}
/** 7.3: on the de documents of the second corpus, and the neighbouring answers. */
const gains = once(() => ({ de: precisionGains(inLocale(second(), "de")), first: precisionGains(first()) }));

/** 7.4: tag-mode changes over the invoices of the second corpus, and the counts a learner may take for it. */
const invoices = once(() => {
  const docs = ofKind(second(), "invoice");
  const sum = (f: (d: PIICorpusDoc) => number) => docs.reduce((n, d) => n + f(d), 0);
  return {
    docs: docs.length, changes: sum((d) => redact(d.text, { mode: "tag" }).changes.length),
    labels: sum((d) => d.spans.length), matches: sum((d) => detectPII(d.text).length),
    firstForms: ofKind(first(), "form").reduce((n, d) => n + redact(d.text, { mode: "tag" }).changes.length, 0),
  };
});

function judgeCards(answer: unknown): Verdict {
  const { valid } = cardExercise();
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "string")) {
    return { passed: false, message: "Answer with an array of strings, one per card number (spaces and dashes are fine)." };
  }
  const got = new Set(answer.map((a: string) => a.replace(/[\s-]/g, "")));
  if (answer.some((a: string) => !luhnValid(a))) return { passed: false, message: "Some of your numbers fail the Luhn check, so they cannot be card numbers." };
  const missing = valid.filter((v) => !got.has(v)).length;
  const extra = [...got].filter((g) => !valid.includes(g)).length;
  if (missing === 0 && extra === 0) return { passed: true, message: `Correct: ${valid.length} numbers are valid cards; the others are typos or not cards at all.` };
  if (extra > 0) return { passed: false, message: "You included a number that passes Luhn but is not a card number: a checksum alone does not make a card." };
  return { passed: false, message: `You found ${valid.length - missing} of the valid cards: a layout is missing from what you searched for.` };
}

function judgeNaiveZipF2(answer: unknown): Verdict {
  if (typeof answer !== "number" || Number.isNaN(answer)) return { passed: false, message: "Answer with a number between 0 and 1." };
  const z = zip();
  if (near(answer, z.row.f2)) return { passed: true, message: `Correct: F2 = ${z.row.f2.toFixed(3)} (precision ${z.row.precision.toFixed(3)}, recall ${z.row.recall.toFixed(3)}).` };
  if (near(answer, z.f1)) return { passed: false, message: "That is F1: it weighs precision and recall equally, and the question asks for F2." };
  const alone = near(answer, z.row.precision) || near(answer, z.row.recall), ours = near(answer, z.ours);
  if (alone && ours) return { passed: false, message: "That is detectPII's score on the slice, and also the baseline's precision or recall alone: the question asks for the baseline's F2." };
  if (alone) return { passed: false, message: "That is the slice's precision or its recall alone, not F2." };
  if (ours) return { passed: false, message: "That is detectPII's score; the question asks for the naive baseline's." };
  if (near(answer, z.whole) || near(answer, z.firstFr) || z.others.some((o) => near(answer, o))) {
    return { passed: false, message: "That is the score of another set of documents: check which corpus and which locale you kept." };
  }
  return { passed: false, message: "Not that value: check the corpus, the locale, the detector and the type you scored, and give F2 to 3 decimals." };
}

function judgeBiggestGain(answer: unknown): Verdict {
  if (typeof answer !== "string" || answer === "") return { passed: false, message: "Answer with a type name such as \"PHONE\"." };
  const { de, first: firstGains } = gains();
  const type = answer.trim().toUpperCase();
  if (type === de[0].type) return { passed: true, message: `Correct: ${de[0].type} gains ${(de[0].gain * 100).toFixed(1)} points of precision on the German documents.` };
  if (!de.some((g) => g.type === type)) return { passed: false, message: `The naive baseline predicts no ${type} on these documents, so there is no precision to compare: pick among the types it predicts.` };
  if (type === firstGains[0].type) return { passed: false, message: "That is the answer on the first corpus, all locales; the question asks about the German documents of the second corpus." };
  return { passed: false, message: "Not that type: compare precision (not recall or F2) of the two detectors on exactly this slice, and take the largest difference." };
}

function judgeRedactionCount(answer: unknown): Verdict {
  if (typeof answer !== "number" || !Number.isInteger(answer)) return { passed: false, message: "Answer with a whole number of changes." };
  const c = invoices();
  if (answer === c.changes) return { passed: true, message: `Correct: ${c.changes} values were replaced in ${c.docs} invoices.` };
  if (answer === c.labels) return { passed: false, message: "That counts the labelled spans of the corpus, not the replacements redact() made." };
  if (answer === c.matches) return { passed: false, message: "That counts detectPII's matches in one pass; redact() reports its own changes, and it scans twice." };
  if (answer === c.firstForms) return { passed: false, message: "That is the count for the forms of the first corpus; the question asks about the invoices of the second." };
  return { passed: false, message: "Not that number: check the corpus, the kind of document and the mode, and count every change of every document." };
}

/** Lab 07 (PII): valid cards, F2 of the naive baseline on a slice, precision gains on a slice, redaction counts. */
export const lab07: LabChecks = {
  lab: "07-pii",
  prepare: () => { zip(); gains(); invoices(); },
  checks: {
    "7.1": { question: "Which card numbers in cardExercise().text are valid? (array of strings)", points: 1, judge: judgeCards },
    "7.2": { question: "F2 of the naive baseline on ZIP_CODE over the fr documents of the second corpus (3 decimals)", points: 1, judge: judgeNaiveZipF2 },
    "7.3": { question: "On the de documents of the second corpus, for which type does detectPII gain the most precision over the naive baseline?", points: 1, judge: judgeBiggestGain },
    "7.4": { question: "How many changes does tag-mode redaction make over all \"invoice\" documents of the second corpus?", points: 1, judge: judgeRedactionCount },
  },
};
