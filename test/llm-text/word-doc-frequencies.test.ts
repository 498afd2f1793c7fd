import { test } from "node:test";
import assert from "node:assert/strict";
import { wordDocFrequencies } from "../../lib/llm-text/word-doc-frequencies";
import { wordDocCounter } from "../../lib/llm-text/word-doc-counter";
import { wordForms } from "../../lib/llm-text/word-forms";
import { GRAY_WORDS } from "../../lib/llm-text/gray-words";

test("only whole words count: red is not found in tired, reduce or bored", () => {
  const f = wordDocFrequencies(["We are tired.", "Reduce costs.", "A bored crowd.", "A red car."], ["red"]);
  assert.equal(f.counts.red, 1);
  assert.equal(f.shares.red, 0.25);
});

test("matching ignores case and surrounding punctuation", () => {
  const docs = ["INTRICATE!", "(Intricate)", "an intricate, costly plan", "intricate-looking", "intri cate"];
  assert.equal(wordDocFrequencies(docs, ["intricate"]).counts.intricate, 4);
});

test("a document counts once however often the word appears in it", () => {
  const f = wordDocFrequencies(["blue blue blue", "no colour here"], ["blue"]);
  assert.deepEqual(f.counts, { blue: 1 });
  assert.equal(f.documents, 2);
});

test("regular inflections fold into the table word but derivations do not", () => {
  const f = wordDocFrequencies(["She considered it.", "Considering this,", "Two conclusions.", "done meticulously", "a meticulous plan"],
    ["consider", "conclusion", "meticulous"], { verbs: ["consider"] });
  assert.equal(f.counts.consider, 2);
  assert.equal(f.counts.conclusion, 1);
  assert.equal(f.counts.meticulous, 1, "meticulously is its own row in Gray's table");
});

test("inflections can be switched off", () => {
  assert.equal(wordDocFrequencies(["two conclusions"], ["conclusion"], { inflections: false }).counts.conclusion, 0);
});

test("word forms add plurals and, for verbs only, -ed and -ing", () => {
  assert.deepEqual(wordForms("consider", { verb: true }), ["consider", "considers", "considered", "considering"]);
  assert.deepEqual(wordForms("notable"), ["notable", "notables"]);
  assert.deepEqual(wordForms("aptly"), ["aptly"]);
});

test("the counter streams: a generator of documents is read one at a time", () => {
  function* many() { for (let i = 0; i < 1000; i++) yield i % 10 === 0 ? "an innovative idea" : "plain text"; }
  const f = wordDocFrequencies(many(), ["innovative"]);
  assert.equal(f.documents, 1000);
  assert.equal(f.counts.innovative, 100);
});

test("a counter can be fed by hand and read at any point", () => {
  const c = wordDocCounter(["fresh"]);
  c.add("fresh bread");
  assert.equal(c.result().counts.fresh, 1);
  c.add("stale bread");
  assert.equal(c.result().shares.fresh, 0.5);
});

test("Gray's table has 12 adjectives, 12 adverbs and 12 controls, all countable", () => {
  const all = [...GRAY_WORDS.adjectives, ...GRAY_WORDS.adverbs, ...GRAY_WORDS.controls];
  assert.equal(all.length, 36);
  assert.equal(Object.keys(wordDocFrequencies(["x"], all).counts).length, 36);
});

test("phrases and empty word lists are refused with a hint", () => {
  assert.throws(() => wordDocFrequencies(["x"], ["as an AI"]), /single words.*Hint: .*tellTalePhrases/);
  assert.throws(() => wordDocFrequencies(["x"], []), /non-empty list/);
});
