import { test } from "node:test";
import assert from "node:assert/strict";
import { markerGrowth } from "../../lib/llm-text/marker-growth";
import type { WordDocFrequencies } from "../../lib/llm-text/word-doc-counter";

const period = (documents: number, counts: Record<string, number>): WordDocFrequencies =>
  ({ documents, counts, shares: Object.fromEntries(Object.entries(counts).map(([w, c]) => [w, c / documents])) });
const before = period(10000, { intricate: 100, red: 200, blue: 150, after: 3000 });
const later = period(10000, { intricate: 230, red: 210, blue: 140, after: 3100 });

test("growth is the change in document share, with an interval around it", () => {
  const rows = markerGrowth({ "2022": before, "2023": later }, ["intricate"], ["red", "blue", "after"]).objects() as any[];
  const m = rows.find((r) => r.word === "intricate");
  assert.ok(Math.abs(m.growth - 1.3) < 0.02, `growth ${m.growth}`);
  assert.ok(m.low < m.growth && m.growth < m.high);
  assert.equal(m.kind, "marker");
  assert.equal(rows.filter((r) => r.kind === "control").length, 3);
});

test("a marker that outgrows the controls is flagged as a signal, a control never is", () => {
  const rows = markerGrowth({ a: before, b: later }, ["intricate"], ["red", "blue", "after"]).objects() as any[];
  assert.equal(rows.find((r) => r.word === "intricate").signal, true);
  assert.ok(rows.filter((r) => r.kind === "control").every((r) => r.signal === false));
});

test("when every word grows alike (a bigger, wordier corpus) nothing is a signal", () => {
  const wordy = period(10000, { intricate: 200, red: 400, blue: 300, after: 6000 });
  const rows = markerGrowth({ a: before, b: wordy }, ["intricate"], ["red", "blue", "after"]).objects() as any[];
  const m = rows.find((r) => r.word === "intricate");
  assert.ok(m.growth > 0.9, "raw growth looks large");
  assert.equal(m.signal, false);
  assert.ok(Math.abs(m.excess) < 0.05);
});

test("zero counts do not break the intervals", () => {
  const rows = markerGrowth({ a: period(50, { x: 0, r: 1, b: 2 }), b: period(50, { x: 3, r: 1, b: 2 }) }, ["x"], ["r", "b"]).objects() as any[];
  assert.ok(rows.every((r) => Number.isFinite(r.low) && Number.isFinite(r.high)));
});

test("a single period or a single control is refused", () => {
  assert.throws(() => markerGrowth({ a: before }, ["intricate"], ["red", "blue"]), /two different periods/);
  assert.throws(() => markerGrowth({ a: before, b: later }, ["intricate"], ["red"]), /at least 2 control words/);
});
