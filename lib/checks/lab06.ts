import { sotuParagraphs } from "../llm-text/sotu-paragraphs";
import { wordDocFrequencies } from "../llm-text/word-doc-frequencies";
import { wordGroupFrequencies } from "../llm-text/word-group-frequencies";
import { markerGrowth } from "../llm-text/marker-growth";
import { GRAY_WORDS } from "../llm-text/gray-words";
import { loadModelText } from "../llm-text/load-model-text";
import { loadDetectionSets } from "../llm-text/load-detection-sets";
import { mysteryCorpus } from "../llm-text/mystery-corpus";
import { estimateLLMFraction } from "../llm-text/estimate-llm-fraction";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

// Every expected answer is computed from the bundled data (State of the Union package,
// data/llm-text/*) by the question's own definition, once (see prepare()). The questions
// are transfer steps: slices of the data the lab does not print (other years, other
// decades, the mystery corpus).
const MARKERS = [...GRAY_WORDS.adjectives, ...GRAY_WORDS.adverbs];
const CONTROLS = [...GRAY_WORDS.controls];
const years = (from: number, to: number) => sotuParagraphs({ from, to }).map((p) => p.text);
const isCount = (a: unknown): a is number => typeof a === "number" && Number.isInteger(a) && a >= 0;
const wholeWord = (words: string[], flags: string) => new RegExp(`\\b(?:${words.join("|")})\\b`, flags);
const countWhere = (docs: string[], f: (t: string) => boolean) => docs.filter(f).length;

/** 6.1: paragraphs of 1900-1949 containing "red"; and the counts each known mistake gives. */
export const RED_YEARS = { from: 1900, to: 1949 } as const;
const red = once(() => {
  const docs = years(RED_YEARS.from, RED_YEARS.to);
  return {
    documents: docs.length,
    expected: wordDocFrequencies(docs, ["red"]).counts.red,
    substring: countWhere(docs, (t) => t.toLowerCase().includes("red")),
    caseSensitive: countWhere(docs, (t) => /\bred\b/.test(t)),
    occurrences: docs.reduce((s, t) => s + (t.match(/\breds?\b/gi) ?? []).length, 0),
    modern: wordDocFrequencies(years(1982, 2021), ["red"]).counts.red,
  };
});

function judgeRedCount(answer: unknown): Verdict {
  if (!isCount(answer)) return { passed: false, message: "Answer with a whole number: how many paragraphs contain the word." };
  const r = red();
  if (answer === r.expected) return { passed: true, message: `Correct: ${r.expected} of ${r.documents} paragraphs of ${RED_YEARS.from}-${RED_YEARS.to} use "red" as a word, while ${r.substring} contain the letters.` };
  if (answer === r.substring) return { passed: false, message: "That counts every paragraph with the LETTERS r-e-d anywhere (hundred, required, reduce...). Count whole words only." };
  if (answer === r.caseSensitive) return { passed: false, message: "Your match is case-sensitive: \"Red\" at the start of a sentence or in a name is missed. Fold case." };
  if (answer === r.modern) return { passed: false, message: "That is the count for 1982-2021, the years of the table above. This question asks about the paragraphs of 1900-1949." };
  if (answer === r.occurrences) return { passed: false, message: "That counts occurrences. Count paragraphs: a paragraph with the word twice counts once." };
  return { passed: false, message: "Not that number. Check the slice (1900 and 1949 both included, sotuParagraphs({ from, to }) is inclusive), whole words, any case, and one count per paragraph." };
}

/** 6.2: controls whose growth interval (low..high of markerGrowth) excludes 0, 1950s to 2010s. */
export const DRIFT_DECADES = { from: 1950, to: 2010 } as const;
const decade = (d: number) => wordDocFrequencies(years(d, d + 9), [...MARKERS, ...CONTROLS]);
const drift = once(() => {
  const g = markerGrowth({ from: decade(DRIFT_DECADES.from), to: decade(DRIFT_DECADES.to) }, MARKERS, CONTROLS);
  const rows = g.objects() as { word: string; kind: string; growth: number; low: number; high: number; shareFrom: number; shareTo: number }[];
  const ctl = rows.filter((r) => r.kind === "control");
  const list = (f: (r: (typeof ctl)[number]) => boolean) => ctl.filter(f).map((r) => r.word).sort();
  return {
    expected: list((r) => r.low > 0 || r.high < 0),
    rising: list((r) => r.low > 0),
    movedByHalf: list((r) => Math.abs(r.growth) > 0.5),
    rawByHalf: list((r) => (r.shareFrom === 0 ? r.shareTo > 0 : Math.abs(r.shareTo / r.shareFrom - 1) > 0.5)),
  };
});

function judgeDriftingControls(answer: unknown): Verdict {
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "string")) return { passed: false, message: "Answer with an array of control words, e.g. [\"blue\"]." };
  const d = drift();
  const got = [...new Set((answer as string[]).map((w) => w.toLowerCase().trim()))].sort();
  const same = (xs: string[]) => got.join() === xs.join();
  if (same(d.expected)) return { passed: true, message: `Correct: ${d.expected.length} of the 12 "neutral" controls (${d.expected.join(", ")}) moved by more than sampling noise between the 1950s and the 2010s. A marker has to beat that drift.` };
  if (got.length === 0) return { passed: false, message: "None? Look at each control's growth interval (low to high) for the 1950s to the 2010s: an interval that does not contain 0 counts, whichever side of 0 it lies on." };
  if (got.some((w) => !CONTROLS.includes(w))) return { passed: false, message: "Only Gray's 12 control words (GRAY_WORDS.controls) belong in the answer; the markers are not the question." };
  if (same(d.movedByHalf) || same(d.rawByHalf)) return { passed: false, message: "That is the list of controls whose share moved by more than half. The question asks which ones have an interval that excludes 0: several big moves rest on a handful of documents." };
  if (same(d.rising)) return { passed: false, message: "Those are the controls whose interval lies above 0. An interval entirely below 0 also excludes 0: falling counts too." };
  return { passed: false, message: "Not that list. Check the decades (the 1950s and the 2010s, not the pair in the table above), use each control's own growth interval (low, high), not the excess one, and keep the words whose interval does not contain 0." };
}

/** 6.3: the cross-fitted estimate on mysteryCorpus("generated") with its bootstrap interval. */
export const MYSTERY_TOLERANCE = { alpha: 0.0005, ends: 0.03 } as const;
const mystery = once(() => {
  const sets = loadDetectionSets();
  const docs = mysteryCorpus("generated", sets);
  const fit = (human: string[], llm: string[], corpus = docs, bootstrap = 0) => estimateLLMFraction(corpus, { human, llm, bootstrap, seed: 1 });
  const right = fit(sets.human.reference, sets.generated.reference, docs, 100);
  return {
    alpha: right.alpha, low: right.low, high: right.high,
    plain: right.plain,
    leak: fit(sets.human.heldout, sets.generated.heldout).alpha,
    polishedCorpus: fit(sets.human.reference, sets.polished.reference, mysteryCorpus("polished", sets)).alpha,
    polishedReference: fit(sets.human.reference, sets.polished.reference).alpha,
  };
});

function judgeMystery(answer: unknown): Verdict {
  const shape = "Answer with the estimate and its 95% bootstrap interval: { alpha, low, high } (the object estimateLLMFraction returns will do).";
  if (answer === null || typeof answer !== "object" || Array.isArray(answer)) return { passed: false, message: `${shape} A single number cannot show which method produced it.` };
  const a = answer as Record<string, unknown>;
  const alpha = a.alpha ?? a.estimate, low = a.low, high = a.high;
  if (![alpha, low, high].every((x) => typeof x === "number" && Number.isFinite(x))) return { passed: false, message: `${shape} Each of alpha, low and high must be a finite number.` };
  const [x, lo, hi] = [alpha, low, high] as number[];
  const m = mystery();
  const near = (v: number, w: number) => Math.abs(v - w) <= MYSTERY_TOLERANCE.alpha;
  if (near(x, m.alpha)) {
    if (lo <= x && x <= hi && Math.abs(lo - m.low) <= MYSTERY_TOLERANCE.ends && Math.abs(hi - m.high) <= MYSTERY_TOLERANCE.ends) {
      return { passed: true, message: `Correct: ${m.alpha.toFixed(3)} with interval [${lo.toFixed(3)}, ${hi.toFixed(3)}]. The corpus was built with a share of 0.2; the interval covers it.` };
    }
    if (near(lo, m.plain.low) && near(hi, m.plain.high)) return { passed: false, message: "The estimate is right, but that interval belongs to the plain MLE (est.plain). Report est.low and est.high." };
    return { passed: false, message: "The estimate is right, but that is not its bootstrap interval: use est.low and est.high from a run with at least 100 bootstrap replicates (the interval must contain the estimate)." };
  }
  if (near(x, m.plain.alpha)) return { passed: false, message: "That is the plain MLE, which takes the fitted P and Q as exact and is biased with small reference sets. Report est.alpha, not est.plain.alpha." };
  if (near(x, m.leak)) return { passed: false, message: "That estimate was fitted on the HELD-OUT parts, the very documents the mystery corpus is drawn from (a leak). Fit on the reference parts." };
  if (near(x, m.polishedCorpus)) return { passed: false, message: "That is the estimate for mysteryCorpus(\"polished\"). This question asks about the generated one." };
  if (near(x, m.polishedReference)) return { passed: false, message: "That model was fitted with the POLISHED reference set. For generated text, fit on sets.generated.reference." };
  return { passed: false, message: "That is not what the cross-fitted estimator gives on this corpus. Mistakes that lead here: another corpus, held-out instead of reference parts, the plain MLE, a subset of the 600 documents, a guess, or an end of the interval in place of the estimate." };
}

/** 6.4: paragraphs of 1950-1981 containing at least one of Gray's 24 markers. */
export const MARKER_YEARS = { from: 1950, to: 1981 } as const;
const markerCounts = once(() => {
  const docs = years(MARKER_YEARS.from, MARKER_YEARS.to);
  const perWord = wordDocFrequencies(docs, MARKERS).counts;
  return {
    documents: docs.length,
    // Whole words, any case; with and without folded plurals ("innovatives" is rare, but both forms are right).
    expected: [...new Set([wordGroupFrequencies(docs, { markers: MARKERS }).counts.markers, countWhere(docs, (t) => wholeWord(MARKERS, "i").test(t))])],
    substring: countWhere(docs, (t) => MARKERS.some((w) => t.toLowerCase().includes(w))),
    caseSensitive: countWhere(docs, (t) => wholeWord(MARKERS, "").test(t)),
    sumOfWords: Object.values(perWord).reduce((s, c) => s + c, 0),
    modelText: countWhere(loadModelText().map((r) => r.text), (t) => wholeWord(MARKERS, "i").test(t)),
    modern: wordGroupFrequencies(years(1982, 2021), { markers: MARKERS }).counts.markers,
  };
});

function judgeMarkerParagraphs(answer: unknown): Verdict {
  if (!isCount(answer)) return { passed: false, message: "Answer with a whole number of paragraphs." };
  const c = markerCounts();
  if (c.expected.includes(answer)) return { passed: true, message: `Correct: ${answer} of ${c.documents} human paragraphs of ${MARKER_YEARS.from}-${MARKER_YEARS.to} use one of Gray's markers, against ${c.modelText} of 800 model-written ones. The list marks ChatGPT's 2023 style, not model text in general.` };
  if (answer === c.substring) return { passed: false, message: "Substring matching counts words that merely contain a marker (freshly, notables, potential...). Match whole words." };
  if (answer === c.caseSensitive) return { passed: false, message: "Your match is case-sensitive: a marker that starts a sentence is missed. Fold case." };
  if (answer === c.sumOfWords) return { passed: false, message: "That adds up the per-word counts, so a paragraph with two markers counts twice. Count paragraphs that contain at least one." };
  if (answer === c.modelText) return { passed: false, message: "That is the count for the model-written paragraphs, shown above. This question asks about the human paragraphs of 1950-1981." };
  if (answer === c.modern) return { passed: false, message: "That is the count for 1982-2021. This question asks about the paragraphs of 1950-1981." };
  return { passed: false, message: "Not that number. Check the slice (1950 and 1981 both included), all 24 markers (adjectives and adverbs), whole words, any case, one count per paragraph." };
}

/** Lab 06 (LLM-text detection): four checks, each a transfer step to a slice the lab does not print. */
export const lab06: LabChecks = {
  lab: "06-llm-detection",
  checks: {
    "6.1": { question: "How many State of the Union paragraphs of 1900-1949 contain the word \"red\" (whole word, any case)?", points: 1, judge: judgeRedCount },
    "6.2": { question: "Which of Gray's control words have a growth interval (markerGrowth's low to high) that excludes 0 between the 1950s and the 2010s?", points: 1, judge: judgeDriftingControls },
    "6.3": { question: "Estimate the share of model-written paragraphs in mysteryCorpus(\"generated\"), with its 95% bootstrap interval ({ alpha, low, high }).", points: 2, judge: judgeMystery },
    "6.4": { question: "How many State of the Union paragraphs of 1950-1981 contain at least one of Gray's 24 marker words?", points: 1, judge: judgeMarkerParagraphs },
  },
  prepare: () => { red(); drift(); mystery(); markerCounts(); },
};
