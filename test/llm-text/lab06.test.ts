import { test } from "node:test";
import assert from "node:assert/strict";
import { lab06 } from "../../lib/checks/lab06";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";
import { wordDocFrequencies } from "../../lib/llm-text/word-doc-frequencies";
import { GRAY_WORDS } from "../../lib/llm-text/gray-words";
import { loadModelText } from "../../lib/llm-text/load-model-text";
import { loadDetectionSets } from "../../lib/llm-text/load-detection-sets";
import { mysteryCorpus } from "../../lib/llm-text/mystery-corpus";
import { estimateLLMFraction } from "../../lib/llm-text/estimate-llm-fraction";

const judge = (id: string, answer: unknown) => lab06.checks[id].judge(answer);
const modern = sotuParagraphs({ from: 1982, to: 2021 }).map((p) => p.text);

test("6.1 passes the whole-word count and explains the substring and case-sensitive mistakes", () => {
  const right = wordDocFrequencies(modern, ["red"]).counts.red;
  assert.ok(judge("6.1", right).passed);
  const substring = modern.filter((t) => t.toLowerCase().includes("red")).length;
  assert.match(judge("6.1", substring).message, /LETTERS/);
  assert.match(judge("6.1", modern.filter((t) => /\bred\b/.test(t)).length).message, /case-sensitive/);
  assert.ok(!judge("6.1", "11").passed);
});

test("6.2 passes the controls that drifted and rejects empty or padded lists", () => {
  const d = (from: number) => wordDocFrequencies(sotuParagraphs({ from, to: from + 9 }).map((p) => p.text), GRAY_WORDS.controls);
  const a = d(1960), b = d(2010);
  const drifted = GRAY_WORDS.controls.filter((w) => (a.shares[w] === 0 ? b.shares[w] > 0 : Math.abs(b.shares[w] / a.shares[w] - 1) > 0.5));
  assert.ok(drifted.length >= 3, "the lesson needs controls that move");
  assert.ok(judge("6.2", [...drifted].reverse()).passed);
  assert.match(judge("6.2", []).message, /None\?/);
  assert.match(judge("6.2", [...drifted, "furthermore"]).message, /furthermore/);
  assert.ok(!judge("6.2", drifted.slice(1)).passed);
});

test("6.3 passes the corrected estimate and points the plain MLE to its bias", () => {
  const sets = loadDetectionSets();
  const est = estimateLLMFraction(mysteryCorpus("generated", sets), { human: sets.human.reference, llm: sets.generated.reference, bootstrap: 0 });
  assert.ok(judge("6.3", est.alpha).passed, `estimate ${est.alpha}`);
  assert.match(judge("6.3", est.plain.alpha).message, /plain MLE/);
  assert.ok(!judge("6.3", 20).passed);
  assert.ok(!judge("6.3", 0.5).passed);
});

test("6.4 passes the paragraph count and explains substring matching", () => {
  const texts = loadModelText().map((r) => r.text);
  const markers = [...GRAY_WORDS.adjectives, ...GRAY_WORDS.adverbs];
  const right = texts.filter((t) => new RegExp(`\\b(?:${markers.join("|")})\\b`, "i").test(t)).length;
  assert.ok(judge("6.4", right).passed);
  assert.match(judge("6.4", texts.filter((t) => markers.some((m) => t.toLowerCase().includes(m))).length).message, /Substring/);
  assert.ok(!judge("6.4", right + 1).passed);
});

test("the learner copy's placeholder answers fail with a hint, not a crash", () => {
  for (const [id, answer] of [["6.1", 0], ["6.2", []], ["6.3", -1], ["6.4", -1]] as const) {
    const v = judge(id, answer);
    assert.equal(v.passed, false, id);
    assert.ok(v.message.length > 20, id);
  }
});
