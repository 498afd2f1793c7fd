import { sotuParagraphs } from "../llm-text/sotu-paragraphs";
import { wordDocFrequencies } from "../llm-text/word-doc-frequencies";
import { GRAY_WORDS } from "../llm-text/gray-words";
import { loadModelText } from "../llm-text/load-model-text";
import { MYSTERY_CORPORA } from "../llm-text/mystery-corpus";
import type { LabChecks, Verdict } from "./types";

// Every expected answer is computed from the bundled data (State of the Union package,
// data/llm-text/*) or from how the mystery corpus is built (MYSTERY_CORPORA).
const markers = [...GRAY_WORDS.adjectives, ...GRAY_WORDS.adverbs];
const modern = () => sotuParagraphs({ from: 1982, to: 2021 }).map((p) => p.text);
const decade = (from: number) => wordDocFrequencies(sotuParagraphs({ from, to: from + 9 }).map((p) => p.text), GRAY_WORDS.controls);
const isCount = (a: unknown): a is number => typeof a === "number" && Number.isInteger(a) && a >= 0;

function judgeRedCount(answer: unknown): Verdict {
  if (!isCount(answer)) return { passed: false, message: "Answer with a whole number: how many paragraphs contain the word." };
  const docs = modern();
  const expected = wordDocFrequencies(docs, ["red"]).counts.red;
  if (answer === expected) return { passed: true, message: `Correct: ${expected} of ${docs.length} paragraphs use "red" as a word; a substring search finds it inside hundreds of other words.` };
  if (answer === docs.filter((t) => t.toLowerCase().includes("red")).length) return { passed: false, message: "That counts every paragraph with the LETTERS r-e-d anywhere (tired, hundred, required...). Count whole words only." };
  if (answer === docs.filter((t) => /\bred\b/.test(t)).length) return { passed: false, message: "Close: your match is case-sensitive, so a sentence starting with the word is missed. Fold case." };
  if (answer > expected) return { passed: false, message: "Too many: make sure each paragraph counts once, and only whole words match." };
  return { passed: false, message: "Too few: count paragraphs of 1982-2021 that contain the word in any case, plural included." };
}

function judgeDriftingControls(answer: unknown): Verdict {
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "string")) return { passed: false, message: "Answer with an array of control words, e.g. [\"blue\"]." };
  const a = decade(1960), b = decade(2010);
  const expected = GRAY_WORDS.controls.filter((w) => {
    const from = a.shares[w], to = b.shares[w];
    return from === 0 ? to > 0 : Math.abs(to / from - 1) > 0.5;
  }).slice().sort();
  const got = [...new Set((answer as string[]).map((w) => w.toLowerCase()))].sort();
  if (got.join() === expected.join()) return { passed: true, message: `Correct: ${expected.length} of the 12 "neutral" controls moved by more than half in 50 years of human speeches. A marker has to beat that.` };
  if (got.length === 0) return { passed: false, message: "None? Compare each control's document share in the 1960s with the 2010s; several moved a lot." };
  if (got.some((w) => !(GRAY_WORDS.controls as readonly string[]).includes(w))) return { passed: false, message: "Only Gray's 12 control words, please (GRAY_WORDS.controls)." };
  if (got.includes("furthermore")) return { passed: false, message: "\"furthermore\" appears in neither decade: 0 to 0 is no change." };
  return { passed: false, message: "Not quite. Use shares (documents containing / documents), a change of more than 50% either way, and count a word that goes from 0 to some as changed." };
}

function judgeMystery(answer: unknown): Verdict {
  if (typeof answer !== "number" || !(answer >= 0 && answer <= 1)) return { passed: false, message: "Answer with the estimated share as a number between 0 and 1 (not a percentage)." };
  const truth = MYSTERY_CORPORA.generated.alpha;
  const err = Math.abs(answer - truth);
  if (err <= 0.05) return { passed: true, message: `Correct: the corpus was built with a = ${truth}; your estimate is off by ${err.toFixed(3)}.` };
  if (answer < truth - 0.05 && answer > 0.02) return { passed: false, message: "That is too low, which is what the plain MLE does with a small model reference set. Report est.alpha, not est.plain.alpha." };
  return { passed: false, message: "Too far from the truth. Fit on the REFERENCE sets (human.reference and generated.reference) and estimate on mysteryCorpus(\"generated\")." };
}

function judgeMarkersInModelText(answer: unknown): Verdict {
  if (!isCount(answer)) return { passed: false, message: "Answer with a whole number of paragraphs." };
  const texts = loadModelText().map((r) => r.text);
  const re = new RegExp(`\\b(?:${markers.join("|")})\\b`, "i");
  const expected = texts.filter((t) => re.test(t)).length;
  if (answer === expected) return { passed: true, message: `Correct: only ${expected} of ${texts.length} model-written paragraphs use any of Gray's 24 markers. Marker lists belong to one model, one period and one genre.` };
  if (answer === texts.filter((t) => markers.some((m) => t.toLowerCase().includes(m))).length) return { passed: false, message: "Substring matching counts words like 'notably' as 'notable'. Match whole words." };
  return { passed: false, message: "Count paragraphs (not occurrences) of data/llm-text/model that contain at least one of the 24 adjectives and adverbs, as whole words, any case." };
}

export const lab06: LabChecks = {
  lab: "06-llm-detection",
  checks: {
    "6.1": { question: "How many State of the Union paragraphs of 1982-2021 contain the word \"red\"?", points: 1, judge: judgeRedCount },
    "6.2": { question: "Which of Gray's control words changed their document share by more than 50% between the 1960s and the 2010s?", points: 1, judge: judgeDriftingControls },
    "6.3": { question: "Estimate the share of model-written paragraphs in mysteryCorpus(\"generated\").", points: 2, judge: judgeMystery },
    "6.4": { question: "How many of the 800 model-written paragraphs contain any of Gray's 24 marker words?", points: 1, judge: judgeMarkersInModelText },
  },
};
