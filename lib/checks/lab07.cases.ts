// Right answers and plausible wrong ones for every check of lab 07, computed from the data
// (test/checks/check-cases.test.ts runs them: each right one passes, each wrong one fails).
import type { LabCheckCases } from "./types";
import { cardExercise } from "../pii/card-exercise";
import { detectPII } from "../pii/detect-pii";
import { naivePII } from "../pii/naive-pii";
import { luhnValid } from "../pii/luhn-valid";
import { evaluatePII } from "../pii/evaluate-pii";
import { redact } from "../pii/redact";
import { loadPIICorpus, type PIICorpusDoc } from "../pii/load-pii-corpus";

const second = () => loadPIICorpus({ path: "data/pii/corpus-second.jsonl" });
const first = () => loadPIICorpus({ path: "data/pii/corpus.jsonl" });
const cards = () => detectPII(cardExercise().text).filter((m) => m.type === "CREDIT_CARD").map((m) => m.text);
const naiveCards = () => naivePII(cardExercise().text).filter((m) => m.type === "CREDIT_CARD").map((m) => m.text);
const zipRow = (docs: PIICorpusDoc[], beta = 2, detect = naivePII) => evaluatePII(docs, detect, { types: ["ZIP_CODE"], beta }).rows[0];
const fr = () => second().filter((d) => d.locale === "fr");
const gains = (docs: PIICorpusDoc[]) => {
  const ours = evaluatePII(docs, (t) => detectPII(t)).rows;
  return evaluatePII(docs, naivePII).rows.filter((r) => r.predicted > 0)
    .map((n) => ({ type: n.type, p: (ours.find((o) => o.type === n.type)?.precision ?? 0) - n.precision, r: (ours.find((o) => o.type === n.type)?.recall ?? 0) - n.recall }));
};
const best = (xs: { type: string; p: number; r: number }[], key: "p" | "r", rank = 0) => xs.slice().sort((a, b) => b[key] - a[key])[rank].type;
const de = () => gains(second().filter((d) => d.locale === "de"));
const invoices = () => second().filter((d) => d.kind === "invoice");
const changes = (docs: PIICorpusDoc[], threshold?: number) =>
  docs.reduce((n, d) => n + redact(d.text, { mode: "tag", ...(threshold ? { detect: { threshold } } : {}) }).changes.length, 0);

export const cases: LabCheckCases = {
  "7.1": {
    right: [
      { answer: cards, why: "the CREDIT_CARD matches of detectPII, as written in the chat" },
      { answer: () => cardExercise().valid.slice().reverse(), why: "digits only, another order" },
    ],
    wrong: [
      { answer: naiveCards, why: "every 16-digit shape the naive regex finds (typos included)" },
      { answer: () => naiveCards().filter((c) => luhnValid(c)), why: "the naive matches that pass Luhn: misses the 15-digit layout, keeps a non-card" },
      { answer: () => cards().slice(1), why: "one valid card missing" },
      { answer: () => [...cards(), cardExercise().text.match(/order number is (\d{16})/)![1]], why: "adds the Luhn-valid order number" },
      { answer: [], why: "an empty list" },
      { answer: "4096", why: "a string, not an array" },
      { answer: () => cards().map((c) => Number(c.replace(/\D/g, ""))), why: "numbers instead of strings" },
    ],
  },
  "7.2": {
    right: [
      { answer: () => zipRow(fr()).f2, why: "naive ZIP_CODE F2 on the fr documents of the second corpus" },
      { answer: () => Number(zipRow(fr()).f2.toFixed(3)), why: "the same, rounded to 3 decimals" },
    ],
    wrong: [
      { answer: () => zipRow(fr(), 1).f2, why: "F1 instead of F2" },
      { answer: () => zipRow(fr()).precision, why: "precision alone" },
      { answer: () => zipRow(fr()).recall, why: "recall alone" },
      { answer: () => zipRow(fr(), 2, (t) => detectPII(t)).f2, why: "detectPII's F2, not the baseline's" },
      { answer: () => zipRow(second()).f2, why: "the whole second corpus, not the slice" },
      { answer: () => zipRow(second().filter((d) => d.locale === "de")).f2, why: "the neighbouring locale (de)" },
      { answer: () => zipRow(first().filter((d) => d.locale === "fr")).f2, why: "the fr documents of the first corpus" },
      { answer: NaN, why: "NaN" },
      { answer: "0.727", why: "a string" },
    ],
  },
  "7.3": {
    right: [
      { answer: () => best(de(), "p"), why: "largest precision gain on the de documents of the second corpus" },
      { answer: () => best(de(), "p").toLowerCase(), why: "the same type in lower case" },
    ],
    wrong: [
      { answer: () => best(de(), "p", 1), why: "the runner-up" },
      { answer: () => best(gains(first()), "p"), why: "the answer on the first corpus (the table on screen)" },
      { answer: () => best(de(), "r"), why: "largest recall gain instead of precision" },
      { answer: () => best(gains(second().filter((d) => d.locale === "en_US")), "p"), why: "the en_US slice" },
      { answer: "IBAN", why: "a type the baseline never predicts" },
      { answer: () => de().slice().sort((a, b) => a.p - b.p)[0].type, why: "sorted the wrong way: the smallest gain" },
      { answer: "", why: "an empty answer" },
    ],
  },
  "7.4": {
    right: [{ answer: () => changes(invoices()), why: "tag-mode changes over the invoices of the second corpus" }],
    wrong: [
      { answer: () => invoices().reduce((n, d) => n + d.spans.length, 0), why: "the labelled spans of the invoices" },
      { answer: () => invoices().reduce((n, d) => n + detectPII(d.text).length, 0), why: "detectPII's matches in one pass" },
      { answer: () => changes(first().filter((d) => d.kind === "form")), why: "the old question: forms of the first corpus" },
      { answer: () => changes(invoices()) + 1, why: "off by one" },
      { answer: () => changes(invoices(), 0.8), why: "redacted at threshold 0.8" },
      { answer: () => invoices().length, why: "the number of invoices" },
      { answer: "141", why: "a string" },
    ],
  },
};
