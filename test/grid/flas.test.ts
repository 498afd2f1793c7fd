import assert from "node:assert/strict";
import { test } from "node:test";
import { boxFilter } from "../../lib/grid/box-filter";
import { dpq } from "../../lib/grid/dpq";
import { flas } from "../../lib/grid/flas";
import { hueSortLayout } from "../../lib/grid/hue-sort-layout";
import { las } from "../../lib/grid/las";
import { placeOnGrid } from "../../lib/grid/place-on-grid";
import { randomLayout } from "../../lib/grid/random-layout";
import { solveAssignment } from "../../lib/grid/solve-assignment";
import { seededRandom } from "../../lib/llm-text/seeded-random";

function permutations(n: number): number[][] {
  if (n === 1) return [[0]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

test("solveAssignment finds the minimum total cost that brute force finds, on random 1 x 1 to 6 x 6 matrices", () => {
  const rand = seededRandom(2);
  for (let n = 1; n <= 6; n++) for (let trial = 0; trial < 5; trial++) {
    const cost = Array.from({ length: n * n }, () => Math.floor(rand() * 20));
    const got = solveAssignment(cost, n);
    assert.deepEqual([...got].sort(), [...Array(n).keys()], "a permutation");
    const total = (p: ArrayLike<number>) => Array.from(p).reduce((s, c, r) => s + cost[r * n + c], 0);
    const best = Math.min(...permutations(n).map(total));
    assert.equal(total(got), best, `n=${n} trial ${trial}`);
  }
});

test("boxFilter averages a window and mirrors the border (a b c | c b a)", () => {
  assert.deepEqual([...boxFilter(new Float64Array([0, 3, 6]), { columns: 3, rows: 1, dim: 1, radiusX: 1, radiusY: 0 })], [1, 3, 5]);
  const wrapped = boxFilter(new Float64Array([0, 3, 6]), { columns: 3, rows: 1, dim: 1, radiusX: 1, radiusY: 0, wrap: true });
  assert.deepEqual([...wrapped], [3, 3, 3]);
});

const rand = seededRandom(3);
const colours = Array.from({ length: 1024 }, () => [Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256)]);
const score = (l: ReturnType<typeof flas>) => dpq(placeOnGrid(l, colours), { columns: l.columns });

test("FLAS sorts 1024 random RGB colours on 32 x 32 to DPQ16 >= 0.93 (authors: 0.945), far above random and hue order", () => {
  const t = performance.now();
  const layout = flas(colours, { columns: 32 });
  const seconds = (performance.now() - t) / 1000;
  assert.deepEqual([...layout.cells].sort((a, b) => a - b), [...Array(1024).keys()], "every colour placed once");
  const q = score(layout), random = score(randomLayout(1024, { columns: 32 })), hue = score(hueSortLayout(colours, { columns: 32 }));
  console.log(`FLAS DPQ16 ${q.toFixed(3)} in ${seconds.toFixed(2)} s; random ${random.toFixed(3)}; hue sort ${hue.toFixed(3)}`);
  assert.ok(q >= 0.93, `FLAS DPQ16 ${q}`);
  assert.ok(random < 0.4 && hue > random && q > hue);
  assert.deepEqual(flas(colours, { columns: 32 }).cells, layout.cells, "seeded: the same layout twice");
});

test("FLAS fills a grid with empty cells (10 items on 4 x 3) and LAS sorts a small set better than random", () => {
  const few = colours.slice(0, 10);
  const l = flas(few, { columns: 4 });
  assert.equal(l.rows, 3);
  assert.deepEqual([...l.cells].filter((c) => c >= 0).sort((a, b) => a - b), [...Array(10).keys()]);
  const some = colours.slice(0, 100);
  const q = dpq(placeOnGrid(las(some, { columns: 10 }), some), { columns: 10 });
  const r = dpq(placeOnGrid(randomLayout(100, { columns: 10 }), some), { columns: 10 });
  assert.ok(q > r + 0.3, `LAS ${q} vs random ${r}`);
});
