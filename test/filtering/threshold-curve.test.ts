import { test } from "node:test";
import assert from "node:assert/strict";
import { thresholdCurve } from "../../lib/filtering/threshold-curve";
import { chooseThreshold } from "../../lib/filtering/choose-threshold";
import { unsafeScore, UNSAFE_CLASS_SETS } from "../../lib/filtering/unsafe-score";

// Hand case: unsafe items score 0.9 and 0.6 and 0.2; safe ones 0.1 0.3 0.5 0.7.
const scores = [0.1, 0.9, 0.3, 0.6, 0.5, 0.2, 0.7];
const labels = [false, true, false, true, false, true, false];

test("thresholdCurve counts flags strictly above each distinct score, by hand", () => {
  const c = thresholdCurve(scores, labels);
  assert.deepEqual(c.map((p) => p.threshold), [0.1, 0.2, 0.3, 0.5, 0.6, 0.7, 0.9]);
  // threshold 0.3: above it 0.9 0.6 0.5 0.7 -> tp 2 (0.9, 0.6), fp 2 (0.5, 0.7)
  const at03 = c[2];
  assert.deepEqual({ ...at03 }, { threshold: 0.3, flagged: 4, tp: 2, fp: 2, fn: 1, tn: 2, fpr: 0.5, recall: 2 / 3, precision: 0.5 });
  // threshold 0.1: all but 0.1 flagged -> fp 3 of 4 safe, tp 3 of 3
  assert.equal(c[0].fpr, 0.75);
  assert.equal(c[0].recall, 1);
  // threshold 0.9: nothing flagged -> precision undefined (NaN), fpr 0, recall 0
  assert.equal(c[6].flagged, 0);
  assert.ok(Number.isNaN(c[6].precision));
  assert.equal(c[6].fpr, 0);
  assert.equal(c[6].recall, 0);
  // fpr never rises with the threshold
  for (let i = 1; i < c.length; i++) assert.ok(c[i].fpr <= c[i - 1].fpr);
});

test("without labels every flag is a false positive and recall/precision are NaN", () => {
  const c = thresholdCurve([0.2, 0.2, 0.8, 0.4]);
  assert.deepEqual(c.map((p) => [p.threshold, p.fp, p.fpr]), [[0.2, 2, 0.5], [0.4, 1, 0.25], [0.8, 0, 0]]);
  assert.ok(c.every((p) => Number.isNaN(p.recall) && p.tp === 0));
  assert.ok(Number.isNaN(c[0].precision) === false && c[0].precision === 0);
});

test("a threshold grid is evaluated as given, sorted", () => {
  const c = thresholdCurve(scores, labels, { thresholds: [0.5, 0] });
  assert.deepEqual(c.map((p) => [p.threshold, p.fp, p.tp]), [[0, 4, 3], [0.5, 1, 2]]);
});

test("bad input is refused with a hint", () => {
  assert.throws(() => thresholdCurve([0.1, NaN]), /Score #1 is NaN.*Hint/);
  assert.throws(() => thresholdCurve([0.1], [true, false]), /1 scores but 2 labels/);
});

test("chooseThreshold picks the smallest threshold meeting the FPR budget: the (k+1)-th largest safe score", () => {
  // 200 safe scores 0.005, 0.010, ... 1.000: at most 1 % = 2 may lie above -> 3rd largest = 0.990
  const safe = Array.from({ length: 200 }, (_, i) => (i + 1) / 200);
  const p = chooseThreshold(safe, undefined, { maxFpr: 0.01 });
  assert.equal(p.threshold, 0.99);
  assert.equal(p.fp, 2);
  assert.equal(p.fpr, 0.01);
  // one step lower breaks the budget
  assert.equal(thresholdCurve(safe).find((q) => q.threshold === 0.985)!.fp, 3);
  // budget 0 -> the largest score itself (nothing above it)
  assert.equal(chooseThreshold(safe, undefined, { maxFpr: 0 }).threshold, 1);
  // with labels: the hand case, budget 25 % of 4 safe = 1 -> 0.5 (only 0.7 above among safe)
  const q = chooseThreshold(scores, labels, { maxFpr: 0.25 });
  assert.deepEqual([q.threshold, q.fp, q.tp, q.recall], [0.5, 1, 2, 2 / 3]);
  assert.throws(() => chooseThreshold(safe, undefined, { maxFpr: 1.5 }), /between 0 and 1/);
  assert.throws(() => chooseThreshold([0.5, 0.6], undefined, { maxFpr: 0, thresholds: [0.1] }), /No candidate/);
});

test("unsafeScore sums the chosen classes, and more classes never lower it", () => {
  const s = { Drawing: 0.1, Hentai: 0.05, Neutral: 0.8, Porn: 0.03, Sexy: 0.02 };
  assert.ok(Math.abs(unsafeScore(s, ["Porn", "Hentai"]) - 0.08) < 1e-12);
  const [a, b, c] = Object.values(UNSAFE_CLASS_SETS).map((cls) => unsafeScore(s, cls));
  assert.ok(a <= b && b <= c);
  assert.throws(() => unsafeScore(s, ["Nude" as never]), /Unknown class/);
});
