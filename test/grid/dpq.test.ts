import assert from "node:assert/strict";
import { test } from "node:test";
import { dpq } from "../../lib/grid/dpq";
import { seededRandom } from "../../lib/llm-text/seeded-random";

/** A slow, obvious DPQ: each row sorted with a comparator on (grid distance, vector distance). */
function referenceDpq(cells: number[][], columns: number, p: number, farFirst = false): number {
  const n = cells.length;
  const d = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0));
  const g = (i: number, j: number) => (i % columns - j % columns) ** 2 + (Math.floor(i / columns) - Math.floor(j / columns)) ** 2;
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) total += d(cells[i], cells[j]);
  const mean = total / (n * (n - 1));
  const curve = (order: (i: number) => number[]) => {
    const dk = new Array(n - 1).fill(0);
    for (let i = 0; i < n; i++) {
      let c = 0;
      order(i).forEach((j, k) => { c += d(cells[i], cells[j]); dk[k] += c / (k + 1) / n; });
    }
    return dk.map((x) => Math.max(0, (mean - x) / mean));
  };
  const others = (i: number) => [...Array(n).keys()].filter((j) => j !== i);
  const best = curve((i) => others(i).sort((a, b) => d(cells[i], cells[a]) - d(cells[i], cells[b])));
  const tie = farFirst ? -1 : 1;
  const grid = curve((i) => others(i).sort((a, b) => g(i, a) - g(i, b) || tie * (d(cells[i], cells[a]) - d(cells[i], cells[b]))));
  const norm = (v: number[]) => v.reduce((s, x) => s + x ** p, 0) ** (1 / p);
  return norm(grid) / norm(best);
}

test("a 1 x 3 line whose neighbours are its nearest vectors scores DPQ 1, because a tie in grid distance is broken by vector distance", () => {
  // 0 | 1 | 3: the middle cell has two neighbours at grid distance 1 (vector distances 1 and 2).
  // Taking the closer first matches the best order exactly: DPQ = 1. Taking the farther
  // first would give D_1 = 5/3 against mean 2, gain 1/6 instead of 1/3: DPQ 0.5.
  for (const p of [2, 16]) assert.ok(Math.abs(dpq([[0], [1], [3]], { columns: 3, p }) - 1) < 1e-9);
  assert.ok(Math.abs(referenceDpq([[0], [1], [3]], 3, 2, true) - 0.5) < 1e-12, "ties broken the other way halve it");
});

test("a 1 x 3 line with the far vectors side by side scores 0 (no gain over random at any k)", () => {
  // 0 | 2 | 1: mean distance 4/3; the layout's D_1 = (2 + 1 + 1)/3 = 4/3, D_2 = 4/3: both gains 0.
  assert.ok(dpq([[0], [2], [1]], { columns: 3 }) < 1e-9); // not exactly 0: fmod(hd / max + grid, 1) * max rounds
});

test("a 2 x 2 grid computed by hand: DPQ_2 = sqrt(38.25 / 39.0625) sorted, 0 with the near pairs on diagonals", () => {
  // Vectors 0, 1, 10, 11 (1-D). Pair distances 1, 10, 11, 9, 10, 1: mean 7.
  // Best order per cell: [1, 10, 11], [1, 9, 10], [1, 9, 10], [1, 10, 11] -> D_1 = 1, D_2 = 5.25, D_3 = 7,
  // gains 6/7, 1.75/7, 0.
  // Layout 0 1 / 10 11: the diagonal (grid distance 2) comes last, so cells 1 and 10 take
  // [1, 10, 9] instead of [1, 9, 10]: D_2 = 5.5, gains 6/7, 1.5/7, 0.
  const sorted = dpq([[0], [1], [10], [11]], { columns: 2, p: 2 });
  assert.ok(Math.abs(sorted - Math.sqrt(38.25 / 39.0625)) < 1e-9, String(sorted));
  // Layout 0 10 / 11 1: every cell's grid neighbours are both far: D_1 = 9.5 > 7, D_2 = 10: no gain at all.
  assert.ok(dpq([[0], [10], [11], [1]], { columns: 2, p: 2 }) < 1e-9);
});

test("dpq agrees with a slow comparator-sorted reference on random 5 x 4 grids, p = 2 and 16", () => {
  const rand = seededRandom(5);
  for (let trial = 0; trial < 5; trial++) {
    const cells = Array.from({ length: 20 }, () => [rand(), rand(), rand()]);
    for (const p of [2, 16]) {
      const got = dpq(cells, { columns: 5, p }), want = referenceDpq(cells, 5, p);
      assert.ok(Math.abs(got - want) < 1e-9, `trial ${trial} p=${p}: ${got} vs ${want}`);
    }
  }
});

test("a smooth 20 x 20 colour gradient scores near 1 and a random layout of 1024 colours about a third", () => {
  const grad = Array.from({ length: 400 }, (_, i) => [i % 20, 0, Math.floor(i / 20)]);
  assert.ok(dpq(grad, { columns: 20 }) > 0.95);
  const rand = seededRandom(3);
  const random = Array.from({ length: 1024 }, () => [rand() * 255, rand() * 255, rand() * 255]);
  const q = dpq(random, { columns: 32 });
  assert.ok(q > 0.3 && q < 0.4, `random DPQ16 ${q}`);
  // with ties broken towards the farther vector, a random layout keeps almost no gain
  const small = random.slice(0, 100);
  assert.ok(referenceDpq(small, 10, 16, true) < referenceDpq(small, 10, 16) - 0.1);
});

test("holes are left out, and a wrong grid shape is refused with a hint", () => {
  assert.ok(Math.abs(dpq([[0], [1], [3], null], { columns: 4 }) - 1) < 1e-9);
  assert.throws(() => dpq([[0], [1], [3]], { columns: 2 }), /Expected a full grid.*Hint:/);
});
