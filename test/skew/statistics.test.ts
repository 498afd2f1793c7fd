import assert from "node:assert/strict";
import { test } from "node:test";
import { binCounts } from "../../lib/skew/bin-counts";
import { imageFeatures } from "../../lib/skew/image-features";
import { jensenShannon } from "../../lib/skew/jensen-shannon";
import { ksStatistic } from "../../lib/skew/ks-statistic";
import { psi } from "../../lib/skew/psi";
import { skewReport, NULL_ROW } from "../../lib/skew/skew-report";
import { permutationP } from "../../lib/skew/permutation-p";
import { nullDistance } from "../../lib/skew/null-distance";
import { seededRandom } from "../../lib/llm-text/seeded-random";

test("the KS statistic is 0 for equal samples, 1 for disjoint ones and 0.5 for a half shift", () => {
  assert.equal(ksStatistic([1, 2, 3, 4], [4, 3, 2, 1]), 0);
  assert.equal(ksStatistic([1, 2, 3], [4, 5, 6]), 1);
  assert.equal(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6]), 0.5);
});

test("bin counts are proportions with values past the edges in the end bins", () => {
  assert.deepEqual(binCounts([-5, 0.1, 0.6, 9], [0.5]), [0.5, 0.5]);
});

test("PSI is 0 for the same sample and matches the hand-computed value for a known shift", () => {
  const ref = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  assert.equal(psi(ref, ref), 0);
  // two bins cut at the reference median 6, right-closed: reference 60/40, actual 30/70
  const actual = [1, 2, 6, 7, 8, 9, 10, 10, 10, 10];
  const expected = (0.3 - 0.6) * Math.log(0.3 / 0.6) + (0.7 - 0.4) * Math.log(0.7 / 0.4);
  assert.ok(Math.abs(psi(ref, actual, { bins: 2 }) - expected) < 1e-12);
});

test("PSI sees a shift away from a point mass at either end of the reference", () => {
  const ones = Array(20).fill(1), zeros = Array(20).fill(0);
  assert.ok(psi(ones, Array(20).fill(0.2)) > 5, "all 1 -> all 0.2");
  assert.ok(psi(zeros, Array(20).fill(0.3)) > 5, "all 0 -> all 0.3");
  assert.equal(psi(ones, ones), 0);
});

test("Jensen-Shannon divergence is 0 for equal histograms and 1 bit for disjoint ones", () => {
  assert.equal(jensenShannon([0, 0, 1, 1], [1, 0, 1, 0]), 0);
  assert.ok(Math.abs(jensenShannon([0, 0, 0], [1, 1, 1], { bins: 2 }) - 1) < 1e-12);
});

test("the skew report ranks the feature that was shifted first", () => {
  const a = Array.from({ length: 40 }, (_, i) => ({ ok: true, brightness: (i % 10) / 10, contrast: (i % 7) / 7 }));
  const b = a.map((r) => ({ ...r, contrast: r.contrast + 0.5 }));
  const report = skewReport(a, b);
  assert.deepEqual(report.array("feature"), ["contrast", "brightness", NULL_ROW]);
  assert.equal(report.get("ks", 0) > 0.5, true);
  assert.equal(report.get("ks", 1), 0);
  assert.equal(report.get("p", 0), 0.002, "no random split comes near the planted shift");
  assert.equal(report.get("p", 1), 1, "an unshifted feature is as far apart as every split");
});

test("the null row compares two halves of set A: 0 for identical halves, large for small noisy ones", () => {
  const same = Array.from({ length: 40 }, () => ({ x: 1 }));
  const flat = skewReport(same, same).objects().at(-1) as Record<string, unknown>;
  assert.deepEqual([flat.feature, flat.rank, flat.ks, flat.psi, flat.js], [NULL_ROW, null, 0, 0, 0]);
  const rand = seededRandom(3);
  const noisy = Array.from({ length: 30 }, () => ({ x: rand() }));
  const row = skewReport(noisy, noisy).objects().at(-1) as Record<string, number>;
  assert.ok(row.psi > 0.25, `15 vs 15 rows in 10 bins: PSI ${row.psi} with no shift at all`);
  assert.equal(skewReport(noisy, noisy, { nullRow: false }).numRows(), 1);
});

test("a permutation p-value is small for a real shift, large for none, and reproducible", () => {
  const rand = seededRandom(5);
  const a = Array.from({ length: 30 }, () => rand()), b = Array.from({ length: 30 }, () => rand()), shifted = b.map((v) => v + 0.5);
  assert.equal(permutationP(a, shifted, ksStatistic), 0.002);
  assert.ok(permutationP(a, b, ksStatistic) > 0.05);
  assert.equal(permutationP(a, b, ksStatistic, { seed: 2 }), permutationP(a, b, ksStatistic, { seed: 2 }));
  assert.ok(Number.isNaN(permutationP([], b, ksStatistic)));
});

test("the null distance of PSI shrinks with the sample size, as the lab shows", () => {
  const rand = seededRandom(8);
  const pool = Array.from({ length: 4000 }, () => rand());
  const small = nullDistance(pool, { n: 30 }), large = nullDistance(pool, { n: 1000 });
  assert.ok(small.p95 > 0.25 && large.p95 < 0.1, `n=30 p95 ${small.p95}, n=1000 p95 ${large.p95}`);
  assert.ok(small.median <= small.p95);
  assert.throws(() => nullDistance(pool, { n: 3000 }), /half the pool/);
});

test("the skew report says what to pass when a set is empty", () => {
  assert.throws(() => skewReport([], [{ x: 1 }]), /Expected two non-empty sets of feature rows, got 0 and 1/);
});

test("imageFeatures keeps going past a file that is not an image", async () => {
  const rows = await imageFeatures(["package.json", "data/photos/manifest.json"]);
  assert.deepEqual(rows.map((r) => r.ok), [false, false]);
  assert.match(rows[0].error!, /unsupported image format|Input file/i);
});
