import { test } from "node:test";
import assert from "node:assert/strict";
import { DatasetView } from "../../lib/views/dataset-view";
import { maxScore } from "../../lib/views/max-score";
import type { SampleRow } from "../../lib/views/view-types";

function row(id: string, label: string, scores: number[], tags: string[] = []): SampleRow {
  return {
    id, filepath: `x/${id}.jpg`, width: 100, height: 100, bytes: 1, mime: "image/jpeg", channels: 3, tags, label,
    predictions: scores.map((s, i) => ({ id: `pred${i}`, label: i % 2 ? "dog" : "person", score: s, box: [0, 0, 0.1, 0.1] })),
  };
}

const rows = [row("a", "person", [0.2, 0.9]), row("b", "none", [0.7]), row("c", "person", [0.5, 0.6, 0.1], ["x"]), row("d", "person", []), row("e", "person", [0.05], ["x", "y"])];
const ds = DatasetView.fromRows(rows, "toy");

test("views compose, leave their parent unchanged and record each stage in order", () => {
  const view = ds.match((r) => r.label === "person").sortBy((r) => maxScore(r.predictions, "person")).limit(3);
  assert.equal(ds.count, 5);
  assert.equal(ds.stages.length, 0);
  assert.deepEqual(view.stages.map((s) => s.split("(")[0]), ["Match", "SortBy", "Limit"]);
  const text = String(view);
  assert.match(text, /Dataset: {5}toy/);
  assert.match(text, /Num samples: 3/);
  assert.match(text, /1\. Match\(\(?r\)? ?=> ?r\.label ?=== ?"person"\)/);
  assert.match(text, /2\. SortBy\(\(?r\)? ?=> ?maxScore\(r\.predictions, ?"person"\)\)/, "module prefixes of compiled imports are left out");
  assert.match(text, /3\. Limit\(3\)/);
});

test("sortBy with an expression equals a hand-sorted list, ties in their original order", () => {
  // person max scores: a 0.2 (the 0.9 is a dog), c 0.5, d 0 (no boxes), e 0.05
  const ids = ds.match((r) => r.label === "person").sortBy((r) => maxScore(r.predictions, "person")).ids();
  assert.deepEqual(ids, ["d", "e", "a", "c"]);
  assert.deepEqual(ds.match((r) => r.label === "person").sortBy((r) => maxScore(r.predictions, "person"), { reverse: true }).ids(), ["c", "a", "e", "d"]);
  const tied = DatasetView.fromRows([row("p", "x", [0.3]), row("q", "x", [0.3]), row("r", "x", [0.1])]);
  assert.deepEqual(tied.sortBy((r) => maxScore(r.predictions)).ids(), ["r", "p", "q"]);
  assert.deepEqual(ds.sortBy("id", { reverse: true }).ids(), ["e", "d", "c", "b", "a"]);
});

test("filterLabels keeps matching labels; onlyMatches decides whether emptied rows stay", () => {
  const strong = ds.filterLabels("predictions", (p) => (p.score ?? 0) >= 0.5);
  assert.deepEqual(strong.ids(), ["a", "b", "c"]);
  assert.deepEqual(strong.rows().map((r) => r.predictions.length), [1, 1, 2]);
  const all = ds.filterLabels("predictions", (p) => (p.score ?? 0) >= 0.5, { onlyMatches: false });
  assert.deepEqual(all.ids(), ["a", "b", "c", "d", "e"]);
  assert.deepEqual(all.rows().map((r) => r.predictions.length), [1, 1, 2, 0, 0]);
  assert.equal(ds.rows()[0].predictions.length, 2, "the parent keeps its labels");
  assert.throws(() => ds.filterLabels("label", () => true), { name: "InputError", message: /needs a list field; 'label' is string/ });
});

test("exists, take, skip, select, exclude and matchTags pick the rows they say", () => {
  const withMissing = ds.setField("m", (r) => (r.id === "b" ? undefined : r.id === "c" ? NaN : 1));
  assert.deepEqual(withMissing.exists("m").ids(), ["a", "d", "e"]);
  assert.deepEqual(withMissing.exists("m", false).ids(), ["b", "c"]);
  assert.deepEqual(ds.take(3, { seed: 7 }).ids(), ds.take(3, { seed: 7 }).ids());
  assert.notDeepEqual(ds.take(5, { seed: 7 }).ids(), ds.take(5, { seed: 8 }).ids());
  assert.equal(new Set(ds.take(5, { seed: 7 }).ids()).size, 5);
  assert.deepEqual(ds.skip(3).ids(), ["d", "e"]);
  assert.deepEqual(ds.skip(1).limit(2).ids(), ["b", "c"]);
  assert.deepEqual(ds.select(["e", "a"]).ids(), ["a", "e"]);
  assert.deepEqual(ds.exclude(["e", "a"]).ids(), ["b", "c", "d"]);
  assert.deepEqual(ds.matchTags("x").ids(), ["c", "e"]);
  assert.deepEqual(ds.matchTags(["x", "y"], { all: true }).ids(), ["e"]);
  assert.equal(ds.match(() => false).count, 0);
  assert.deepEqual(ds.match(() => false).ids(), []);
});

test("toPatches gives one row per object with its sample id and box", () => {
  const patches = ds.toPatches("predictions");
  assert.equal(patches.kind, "patches");
  assert.equal(patches.count, 7);
  assert.deepEqual(patches.rows().slice(0, 2).map((p) => [p.id, p.sampleId, p.label, p.score]), [["a#pred0", "a", "person", 0.2], ["a#pred1", "a", "dog", 0.9]]);
  assert.match(String(patches), /Num patches: 7/);
});
