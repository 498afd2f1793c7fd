import { test } from "node:test";
import assert from "node:assert/strict";
import { boxIou } from "../../lib/views/box-iou";
import { DatasetView } from "../../lib/views/dataset-view";
import { evaluateDetections } from "../../lib/views/evaluate-detections";
import type { ObjectLabel, RelBox, SampleRow } from "../../lib/views/view-types";

const gt = (id: string, box: RelBox, iscrowd = false): ObjectLabel => ({ id, label: "person", box, ...(iscrowd ? { iscrowd } : {}) });
const pred = (id: string, box: RelBox, score: number, label = "person"): ObjectLabel => ({ id, label, box, score });
const sample = (g: ObjectLabel[], p: ObjectLabel[]): SampleRow => ({ id: "s", filepath: "s.jpg", width: 10, height: 10, bytes: 1, mime: "image/jpeg", channels: 3, tags: [], groundTruth: g, predictions: p });

test("boxIou on boxes computed by hand, and the crowd rule", () => {
  assert.equal(boxIou([0, 0, 0.5, 0.5], [0, 0, 0.5, 0.5]), 1);
  assert.ok(Math.abs(boxIou([0, 0, 0.5, 0.5], [0.25, 0, 0.5, 0.5]) - 1 / 3) < 1e-12); // 0.125 / 0.375
  assert.equal(boxIou([0, 0, 0.1, 0.1], [0.5, 0.5, 0.1, 0.1]), 0);
  assert.equal(boxIou([0.1, 0.1, 0.1, 0.1], [0, 0, 1, 1], true), 1); // inside a crowd box: overlap over its own area
});

test("evaluateDetections marks tp, fp and fn as counted by hand", () => {
  // gt0 is found by p0 (IoU 1) and p1 overlaps it at IoU 1/3 only; gt1 is found by p2 at IoU 0.5625; gt2 is missed;
  // p3 is a dog on gt2 (wrong label); p4 sits on nothing.
  const r = evaluateDetections(sample(
    [gt("gt0", [0, 0, 0.2, 0.2]), gt("gt1", [0.5, 0.5, 0.4, 0.4]), gt("gt2", [0.3, 0, 0.1, 0.1])],
    [pred("p0", [0, 0, 0.2, 0.2], 0.9), pred("p1", [0.1, 0, 0.2, 0.2], 0.95), pred("p2", [0.5, 0.5, 0.3, 0.3], 0.6), pred("p3", [0.3, 0, 0.1, 0.1], 0.8, "dog"), pred("p4", [0.8, 0, 0.1, 0.1], 0.3)],
  ), "predictions", "groundTruth", { iou: 0.5 });
  assert.deepEqual(r.predictions.map((p: ObjectLabel) => [p.id, p.eval, p.eval_id]), [["p0", "tp", "gt0"], ["p1", "fp", ""], ["p2", "tp", "gt1"], ["p3", "fp", ""], ["p4", "fp", ""]]);
  assert.deepEqual(r.groundTruth.map((g: ObjectLabel) => [g.id, g.eval]), [["gt0", "tp"], ["gt1", "tp"], ["gt2", "fn"]]);
  assert.deepEqual([r.eval_tp, r.eval_fp, r.eval_fn], [2, 3, 1]);
  assert.ok(Math.abs(r.predictions[2].eval_iou - 0.5625) < 1e-12); // 0.09 / 0.16
});

test("a higher-scoring prediction takes the box first; a crowd box hides predictions inside it and is never missed", () => {
  const r = evaluateDetections(sample([gt("g", [0, 0, 0.2, 0.2])], [pred("low", [0, 0, 0.2, 0.2], 0.4), pred("high", [0, 0, 0.19, 0.2], 0.8)]), "predictions", "groundTruth");
  assert.deepEqual(r.predictions.map((p: ObjectLabel) => p.eval), ["fp", "tp"]);
  const c = evaluateDetections(sample([gt("crowd", [0, 0, 1, 0.5], true)], [pred("in", [0.1, 0.1, 0.1, 0.1], 0.5), pred("out", [0.1, 0.8, 0.1, 0.1], 0.5)]), "predictions", "groundTruth");
  assert.deepEqual(c.predictions.map((p: ObjectLabel) => p.eval), ["ignored", "fp"]);
  assert.deepEqual([c.eval_tp, c.eval_fp, c.eval_fn], [0, 1, 0]);
  const tighter = evaluateDetections(sample([gt("g", [0, 0, 0.5, 0.5])], [pred("p", [0.25, 0, 0.5, 0.5], 0.9)]), "predictions", "groundTruth", { iou: 0.3 });
  assert.equal(tighter.eval_tp, 1, "IoU 1/3 counts at a 0.3 threshold");
});

test("toEvaluationPatches gives one row per tp pair, fp and fn", () => {
  const ds = DatasetView.fromRows([sample([gt("g0", [0, 0, 0.2, 0.2]), gt("g1", [0.6, 0.6, 0.2, 0.2])], [pred("p0", [0, 0, 0.2, 0.25], 0.9), pred("p1", [0.4, 0, 0.1, 0.1], 0.5)])]);
  const patches = ds.evaluateDetections("predictions", "groundTruth").toEvaluationPatches();
  assert.deepEqual(patches.rows().map((p) => [p.id, p.type]), [["s#p0", "tp"], ["s#p1", "fp"], ["s#g1", "fn"]]);
  assert.deepEqual(patches.rows()[0].box, [0, 0, 0.2, 0.25]);
  assert.match(String(patches), /EvaluateDetections\("predictions", "groundTruth", iou=0\.5, evalKey="eval"\)\n {4}2\. ToEvaluationPatches/);
});
