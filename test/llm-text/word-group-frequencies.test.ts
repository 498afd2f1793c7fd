import { test } from "node:test";
import assert from "node:assert/strict";
import { wordGroupFrequencies } from "../../lib/llm-text/word-group-frequencies";
import { wordDocFrequencies } from "../../lib/llm-text/word-doc-frequencies";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";
import { GRAY_WORDS } from "../../lib/llm-text/gray-words";

test("a group counts each document once when it holds any of the group's words", () => {
  const f = wordGroupFrequencies(["A red car and a blue sky.", "Blue again.", "Tired of reduced colour."], { colours: ["red", "blue"], red: ["red"] });
  assert.deepEqual(f.counts, { colours: 2, red: 1 });
  assert.equal(f.documents, 3);
  assert.equal(f.shares.colours, 2 / 3);
});

test("a group of one word counts what wordDocFrequencies counts, inflections and verbs included", () => {
  const docs = sotuParagraphs({ from: 1982, to: 2021 }).map((p) => p.text);
  const single = wordDocFrequencies(docs, GRAY_WORDS.controls);
  const groups = wordGroupFrequencies(docs, Object.fromEntries(GRAY_WORDS.controls.map((w) => [w, [w]])));
  assert.deepEqual(groups.counts, single.counts);
});

test("the any-of count matches a case-insensitive whole-word search over the group", () => {
  const docs = sotuParagraphs({ from: 1950, to: 1981 }).map((p) => p.text);
  const markers = [...GRAY_WORDS.adjectives, ...GRAY_WORDS.adverbs];
  const re = new RegExp(`\\b(?:${markers.join("|")})s?\\b`, "i");
  assert.equal(wordGroupFrequencies(docs, { markers }).counts.markers, docs.filter((t) => re.test(t)).length);
});

test("groups that are empty or hold phrases are refused with a hint", () => {
  assert.throws(() => wordGroupFrequencies(["x"], {}), /Expected groups of single words.*Hint|Expected groups of single words/);
  assert.throws(() => wordGroupFrequencies(["x"], { a: [] }), /'a'/);
  assert.throws(() => wordGroupFrequencies(["x"], { a: ["as an"] }), /'a'/);
});
