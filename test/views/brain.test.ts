import { test } from "node:test";
import assert from "node:assert/strict";
import { cosineDistances } from "../../lib/views/cosine-distances";
import { hardness } from "../../lib/views/hardness";
import { classMistakenness, detectionMistakenness } from "../../lib/views/mistakenness";
import { pca2d } from "../../lib/views/pca-2d";
import { similarTo } from "../../lib/views/similar-to";
import { uniqueness } from "../../lib/views/uniqueness";
import type { SampleRow } from "../../lib/views/view-types";

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} != ${b}`);

test("uniqueness equals a hand computation of the Brain's recipe on five 2-D points", () => {
  // Points on the unit circle at 0, 90, 180, 270 degrees plus one at 45: their mean is (sqrt(2)/10, sqrt(2)/10).
  const s = Math.SQRT1_2;
  const pts = [[1, 0], [0, 1], [-1, 0], [0, -1], [s, s]];
  const n = pts.length, mean = [0, 1].map((k) => pts.reduce((t, p) => t + p[k], 0) / n);
  const c = pts.map((p) => [p[0] - mean[0], p[1] - mean[1]]);
  const d = (a: number[], b: number[]) => 1 - (a[0] * b[0] + a[1] * b[1]) / (Math.hypot(a[0], a[1]) * Math.hypot(b[0], b[1]));
  const raw = c.map((p, i) => {
    const ds = c.map((q, j) => ({ j, v: d(p, q) })).filter((x) => x.j !== i).sort((a, b) => a.v - b.v).slice(0, 4).map((x) => x.v);
    return (0.6 * ds[1] + 0.3 * ds[2] + 0.1 * ds[3]) / 3; // the Brain drops the nearest other sample, then np.mean(d * w)
  });
  const max = Math.max(...raw);
  uniqueness(pts).forEach((u, i) => close(u, raw[i] / max));
  assert.equal(Math.max(...uniqueness(pts)), 1);
  assert.deepEqual(uniqueness([[1, 0], [0, 1], [1, 1]]), [1, 1, 1], "K = 3 or fewer samples: all 1");
  assert.deepEqual(uniqueness([[1, 1], [1, 1], [1, 1], [1, 1]]), [1, 1, 1, 1], "identical embeddings centre to zero vectors, distance 1 apart (sklearn's convention)");
});

test("an exact copy does not make its twin the least unique (the Brain's dropped first neighbour)", () => {
  const pts = [[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [0.5, 0.5, 0], [0, 0.5, 0.5]];
  const u = uniqueness(pts);
  assert.ok(u[0] > 0 && u[1] > 0);
  close(u[0], u[1]);
});

test("cosine distances and similarity on vectors computed by hand", () => {
  const d = cosineDistances([[1, 0], [0, 2], [1, 1]]);
  close(d[0][1], 1); close(d[0][2], 1 - Math.SQRT1_2); close(d[1][1], 0);
  assert.deepEqual(similarTo([[1, 0], [0, 2], [1, 1], [2, 0.1]], 0, { k: 2 }).map((x) => x.index), [3, 2]);
  close(similarTo([[1, 0], [0, 2], [1, 1]], 0, { k: 1 })[0].similarity, Math.SQRT1_2);
  assert.throws(() => similarTo([[1, 0]], 3), { name: "InputError", message: /No sample at index 3/ });
});

test("hardness is the entropy of the softmax, in nats", () => {
  close(hardness([2, 2, 2, 2, 2]), Math.log(5));
  const p = [Math.exp(1) / (Math.exp(1) + 1), 1 / (Math.exp(1) + 1)];
  close(hardness([1, 0]), -(p[0] * Math.log(p[0]) + p[1] * Math.log(p[1])));
  assert.ok(hardness([100, 0, 0]) < 1e-30);
});

test("mistakenness follows (m * c + 1) / 2, and detection mistakenness counts missing and spurious objects", () => {
  close(classMistakenness(0.9, false), 0.95);
  close(classMistakenness(0.9, true), 0.05);
  close(classMistakenness(0, true), 0.5);
  const row: SampleRow = {
    id: "s", filepath: "s.jpg", width: 1, height: 1, bytes: 1, mime: "image/jpeg", channels: 3, tags: [],
    groundTruth: [{ id: "g0", label: "person", box: [0, 0, 0.2, 0.2] }, { id: "g1", label: "person", box: [0.5, 0.5, 0.2, 0.2] }],
    predictions: [{ id: "p0", label: "person", box: [0, 0, 0.2, 0.2], score: 0.8 }, { id: "p1", label: "person", box: [0.8, 0, 0.1, 0.1], score: 0.97 }, { id: "p2", label: "person", box: [0.8, 0.8, 0.1, 0.1], score: 0.9 }],
  };
  const m = detectionMistakenness(row, "predictions", "groundTruth");
  close(m.mistakenness, (-1 * 0.8 + 1) / 2);
  assert.deepEqual([m.possibleMissing, m.possibleSpurious], [1, 1]);
  assert.equal(detectionMistakenness({ ...row, predictions: [] }, "predictions", "groundTruth").mistakenness, -1);
});

test("pca2d finds the direction of largest spread first (reference values from numpy's SVD of the same points)", () => {
  const pts = Array.from({ length: 20 }, (_, i) => [i - 10, 0.1 * ((i * 7) % 5 - 2), 0.01 * (i % 3)]);
  const { points, explained } = pca2d(pts);
  // numpy: s**2 / sum(s**2) = [9.99405961e-01, 5.92187601e-04, ...]; first axis ~ (1, 0.003, 0.00005)
  close(explained[0], 0.999405961, 1e-8);
  close(explained[1], 0.000592187601, 1e-10);
  close(Math.abs(points[0][0]), 9.5, 0.01); // the first point, x = -10 centred to -9.5, lies almost on the first axis
  assert.throws(() => pca2d([[1, 2]]), { name: "InputError" });
});
