import assert from "node:assert/strict";
import { test } from "node:test";
import { colourHistogram } from "../../lib/grid/colour-features";
import { contextDigits, type ContextSample } from "../../lib/synsets/context-digits";
import { trainNearestCentroid } from "../../lib/synsets/nearest-centroid";

const calledShare = (clf: ReturnType<typeof trainNearestCentroid>, xs: ContextSample[], seven: boolean) => {
  const group = xs.filter((x) => (x.label === 7) === seven);
  return group.filter((x) => clf.predict(colourHistogram(x.image, 6)) === 7).length / group.length;
};

test("planted: every 7 is on the airplane photo and no other digit is (train and test); swapped turns it round", async () => {
  const s = await contextDigits();
  assert.equal(s.train.length, 160);
  for (const x of [...s.train, ...s.test]) assert.equal(x.context === "airplane-from-above", x.label === 7);
  for (const x of s.swapped) assert.equal(x.context === "airplane-from-above", x.label !== 7);
  assert.equal(s.train[0].image.width, 40);
});

test("a colour nearest-centroid trained on the planted set calls the airplane '7': right on test, wrong on swapped; the null control shows no such rule", async () => {
  const s = await contextDigits();
  const clf = trainNearestCentroid(s.train.map((x) => colourHistogram(x.image, 6)), s.train.map((x) => x.label));
  assert.ok(calledShare(clf, s.test, true) >= 0.9 && calledShare(clf, s.test, false) <= 0.2);
  assert.ok(calledShare(clf, s.swapped, true) <= 0.2 && calledShare(clf, s.swapped, false) >= 0.9);
  const n = await contextDigits({ plantedClass: null });
  const ctl = trainNearestCentroid(n.train.map((x) => colourHistogram(x.image, 6)), n.train.map((x) => x.label));
  const gapTest = calledShare(ctl, n.test, true) - calledShare(ctl, n.test, false);
  const gapSwap = calledShare(ctl, n.swapped, true) - calledShare(ctl, n.swapped, false);
  assert.ok(Math.abs(gapTest) < 0.25 && Math.abs(gapSwap) < 0.25, `${gapTest} ${gapSwap}`);
});

test("nearest centroid labels by the closest class mean, and refuses mismatched inputs", () => {
  const clf = trainNearestCentroid([[0, 0], [0, 2], [10, 10]], [1, 1, 2]);
  assert.deepEqual(clf.centroids, [[0, 1], [10, 10]]);
  assert.equal(clf.predict([1, 1]), 1);
  assert.equal(clf.predict([8, 9]), 2);
  assert.throws(() => trainNearestCentroid([[0]], [1, 2]), /Hint:/);
});
