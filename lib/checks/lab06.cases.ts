// Right and wrong answers for every lab 06 check, computed from the data the way a learner
// would (and the way a learner would get it wrong). test/checks/check-cases.test.ts runs them.
import { sotuParagraphs } from "../llm-text/sotu-paragraphs";
import { wordDocFrequencies } from "../llm-text/word-doc-frequencies";
import { markerGrowth } from "../llm-text/marker-growth";
import { GRAY_WORDS } from "../llm-text/gray-words";
import { loadModelText } from "../llm-text/load-model-text";
import { loadDetectionSets } from "../llm-text/load-detection-sets";
import { mysteryCorpus } from "../llm-text/mystery-corpus";
import { estimateLLMFraction } from "../llm-text/estimate-llm-fraction";
import { once } from "./once";
import type { LabCheckCases } from "./types";

const MARKERS = [...GRAY_WORDS.adjectives, ...GRAY_WORDS.adverbs];
const CONTROLS = [...GRAY_WORDS.controls];
const years = (from: number, to: number) => sotuParagraphs({ from, to }).map((p) => p.text);

// 6.1
const early = once(() => years(1900, 1949));
const redCount = () => early().filter((t) => /\breds?\b/i.test(t)).length;

// 6.2
const growth = once(() => {
  const dec = (d: number) => wordDocFrequencies(years(d, d + 9), CONTROLS);
  const rows = (a: number, b: number) => markerGrowth({ a: dec(a), b: dec(b) }, [], CONTROLS).objects() as { word: string; growth: number; low: number; high: number; excessLow: number; excessHigh: number }[];
  return { fifties: rows(1950, 2010), sixties: rows(1960, 2010) };
});
const excludesZero = (r: { low: number; high: number }) => r.low > 0 || r.high < 0;

// 6.3
const sets = once(() => loadDetectionSets());
const fit = (opts: { human?: string[]; llm?: string[]; docs?: string[]; bootstrap?: number; seed?: number } = {}) => {
  const s = sets();
  return estimateLLMFraction(opts.docs ?? mysteryCorpus("generated", s), {
    human: opts.human ?? s.human.reference, llm: opts.llm ?? s.generated.reference, bootstrap: opts.bootstrap ?? 100, seed: opts.seed ?? 6,
  });
};
const lab = once(() => fit());
const asAnswer = (e: { alpha: number; low: number; high: number }) => ({ alpha: e.alpha, low: e.low, high: e.high });

// 6.4
const fifties = once(() => years(1950, 1981));
const anyMarker = new RegExp(`\\b(?:${MARKERS.join("|")})\\b`, "i");

export const cases: LabCheckCases = {
  "6.1": {
    right: [{ answer: redCount, why: "whole word, any case, plural folded, one count per paragraph of 1900-1949" },
            { answer: () => wordDocFrequencies(early(), ["red"]).counts.red, why: "wordDocFrequencies on the slice" }],
    wrong: [
      { answer: () => early().filter((t) => t.toLowerCase().includes("red")).length, why: "substring count" },
      { answer: () => early().filter((t) => /\bred\b/.test(t)).length, why: "case-sensitive whole word" },
      { answer: () => wordDocFrequencies(years(1982, 2021), ["red"]).counts.red, why: "the value printed above (1982-2021)" },
      { answer: () => early().reduce((s, t) => s + (t.match(/\breds?\b/gi) ?? []).length, 0), why: "occurrences, not paragraphs" },
      { answer: () => redCount() + 1, why: "off by one" },
      { answer: "13", why: "a string, not a number" },
      { answer: Number.NaN, why: "NaN" },
    ],
  },
  "6.2": {
    right: [{ answer: () => growth().fifties.filter(excludesZero).map((r) => r.word), why: "controls whose own interval excludes 0, 1950s to 2010s" },
            { answer: () => growth().fifties.filter(excludesZero).map((r) => r.word.toUpperCase()).reverse(), why: "other order, other case" }],
    wrong: [
      { answer: () => growth().fifties.filter((r) => Math.abs(r.growth) > 0.5).map((r) => r.word), why: "moved by more than half (the old question)" },
      { answer: () => growth().fifties.filter((r) => r.low > 0).map((r) => r.word), why: "only the rising ones" },
      { answer: () => growth().sixties.filter(excludesZero).map((r) => r.word), why: "the decade pair of the table above (1960s)" },
      { answer: () => growth().fifties.filter((r) => r.excessLow > 0 || r.excessHigh < 0).map((r) => r.word), why: "the excess interval instead of the growth interval" },
      { answer: [], why: "empty list" },
      { answer: () => [...growth().fifties.filter(excludesZero).map((r) => r.word), "intricate"], why: "a marker added" },
      { answer: () => growth().fifties.filter(excludesZero).map((r) => r.word).slice(1), why: "one word missing" },
      { answer: "after", why: "a string, not a list" },
    ],
  },
  "6.3": {
    right: [
      { answer: () => lab(), why: "the estimateLLMFraction result itself (bootstrap 100, seed 6, as the lab runs it)" },
      { answer: () => asAnswer(fit({ bootstrap: 200, seed: 1 })), why: "{ alpha, low, high } with the default 200 replicates, seed 1" },
      { answer: () => asAnswer(fit({ bootstrap: 100, seed: 42 })), why: "another seed" },
      { answer: () => { const e = lab(); return { estimate: Number(e.alpha.toFixed(3)), low: Number(e.low.toFixed(2)), high: Number(e.high.toFixed(2)) }; }, why: "rounded, key named estimate" },
    ],
    wrong: [
      { answer: () => lab().alpha, why: "the estimate alone, without its interval" },
      { answer: 0.2, why: "the true share guessed as a number" },
      { answer: () => ({ alpha: 0.2, low: lab().low, high: lab().high }), why: "the true share with the lab's interval" },
      { answer: () => lab().plain, why: "the plain MLE with its interval" },
      { answer: () => asAnswer(fit({ human: sets().human.heldout, llm: sets().generated.heldout })), why: "fitted on the held-out parts (leak)" },
      { answer: () => ({ alpha: lab().high, low: lab().low, high: lab().high }), why: "the interval's upper end as the estimate" },
      { answer: () => ({ alpha: 0.25, low: 0.2, high: 0.3 }), why: "a round guess with a made-up interval" },
      { answer: () => asAnswer(fit({ docs: mysteryCorpus("polished", sets()), llm: sets().polished.reference })), why: "the neighbouring corpus (polished)" },
      { answer: () => asAnswer(fit({ llm: sets().polished.reference })), why: "the polished reference set" },
      { answer: () => asAnswer(fit({ docs: mysteryCorpus("generated", sets()).slice(0, 300) })), why: "half of the corpus" },
      { answer: () => ({ alpha: lab().alpha, low: lab().plain.low, high: lab().plain.high }), why: "right estimate, plain MLE's interval" },
      { answer: () => ({ alpha: lab().alpha, low: lab().alpha, high: lab().alpha }), why: "right estimate, no real interval" },
      { answer: { alpha: Number.NaN, low: Number.NaN, high: Number.NaN }, why: "NaN" },
    ],
  },
  "6.4": {
    right: [{ answer: () => fifties().filter((t) => anyMarker.test(t)).length, why: "paragraphs of 1950-1981 with at least one marker, whole words, any case" }],
    wrong: [
      { answer: () => fifties().filter((t) => MARKERS.some((m) => t.toLowerCase().includes(m))).length, why: "substring matching" },
      { answer: () => fifties().filter((t) => new RegExp(`\\b(?:${MARKERS.join("|")})\\b`).test(t)).length, why: "case-sensitive" },
      { answer: () => fifties().filter((t) => new RegExp(`\\b(?:${GRAY_WORDS.adjectives.join("|")})\\b`, "i").test(t)).length, why: "the 12 adjectives only" },
      { answer: () => loadModelText().filter((r) => anyMarker.test(r.text)).length, why: "the model-text count printed above" },
      { answer: () => years(1982, 2021).filter((t) => anyMarker.test(t)).length, why: "the neighbouring slice, 1982-2021" },
      { answer: () => fifties().filter((t) => anyMarker.test(t)).length - 1, why: "off by one" },
      { answer: -1, why: "the learner copy's placeholder" },
    ],
  },
};
