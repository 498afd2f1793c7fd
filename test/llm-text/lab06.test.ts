// The lab 06 judges' hints: each names the mistake it recognises. Whether every right
// answer passes and every wrong one fails is lib/checks/lab06.cases.ts's job
// (test/checks/check-cases.test.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { lab06 } from "../../lib/checks/lab06";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";
import { loadDetectionSets } from "../../lib/llm-text/load-detection-sets";
import { mysteryCorpus } from "../../lib/llm-text/mystery-corpus";
import { estimateLLMFraction } from "../../lib/llm-text/estimate-llm-fraction";

const judge = (id: string, answer: unknown) => lab06.checks[id].judge(answer);
const early = sotuParagraphs({ from: 1900, to: 1949 }).map((p) => p.text);

test("prepare computes every expected value once, and the judges are fast after it", () => {
  lab06.prepare!();
  const t = process.hrtime.bigint();
  for (const [id, a] of [["6.1", 3], ["6.2", ["red"]], ["6.3", { alpha: 0.3, low: 0.2, high: 0.4 }], ["6.4", 5]] as const) judge(id, a);
  assert.ok(Number(process.hrtime.bigint() - t) / 1e6 < 200, "four judgements after prepare() take under 200 ms");
});

test("6.1 names the substring, case and wrong-slice mistakes", () => {
  assert.match(judge("6.1", early.filter((t) => t.toLowerCase().includes("red")).length).message, /LETTERS/);
  assert.match(judge("6.1", early.filter((t) => /\bred\b/.test(t)).length).message, /case-sensitive/);
  const modern = sotuParagraphs({ from: 1982, to: 2021 }).map((p) => p.text);
  assert.match(judge("6.1", modern.filter((t) => /\bred\b/i.test(t)).length).message, /1982-2021/);
});

test("6.2 says that intervals, not big moves, decide, and that falling counts too", () => {
  assert.match(judge("6.2", []).message, /None\?/);
  assert.match(judge("6.2", ["blue", "zzz"]).message, /Only Gray's 12 control words/);
});

test("6.3 wants the estimate with its interval and names the plain MLE and the leak", () => {
  const sets = loadDetectionSets();
  const docs = mysteryCorpus("generated", sets);
  const est = estimateLLMFraction(docs, { human: sets.human.reference, llm: sets.generated.reference, bootstrap: 100, seed: 3 });
  assert.ok(judge("6.3", est).passed, `estimate ${est.alpha} [${est.low}, ${est.high}]`);
  assert.match(judge("6.3", est.alpha).message, /single number/);
  assert.match(judge("6.3", est.plain).message, /plain MLE/);
  const leak = estimateLLMFraction(docs, { human: sets.human.heldout, llm: sets.generated.heldout, bootstrap: 0 });
  assert.match(judge("6.3", { alpha: leak.alpha, low: est.low, high: est.high }).message, /HELD-OUT/);
  for (const guess of [0.2, 0.25, est.high]) {
    const v = judge("6.3", { alpha: guess, low: est.low, high: est.high });
    assert.equal(v.passed, false, `guess ${guess}`);
    assert.doesNotMatch(v.message, /too (low|high|far)|higher|lower/i, "no bisection direction in the hint");
  }
});

test("the learner copy's placeholder answers fail with a hint, not a crash", () => {
  for (const [id, answer] of [["6.1", 0], ["6.2", []], ["6.3", -1], ["6.4", -1]] as const) {
    const v = judge(id, answer);
    assert.equal(v.passed, false, id);
    assert.ok(v.message.length > 20, id);
  }
});
