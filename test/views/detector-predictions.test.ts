// The committed detector outputs (data/predictions/detector-predictions.json, which lab 04's
// checks read) must be what the bundled detector says today about the committed images.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";
import { addPredictions } from "../../lib/views/add-predictions";
import { loadPredictionsSet } from "../../lib/views/load-predictions-set";
import type { ObjectLabel } from "../../lib/views/view-types";

test("the committed detector outputs match the images they were made from and a fresh detector run on every fourth image", async () => {
  const file = JSON.parse(readFileSync(join(projectRoot(), "data", "predictions", "detector-predictions.json"), "utf8"));
  const { dataset, images } = loadPredictionsSet();
  const sha = new Map(images.map((i) => [i.id, i.sha256]));
  assert.equal(file.rows.length, images.length);
  for (const r of file.rows) assert.equal(r.sha256, sha.get(r.id), `${r.id} was made from the committed image`);
  // Every fourth image (30 of 117, all sources) keeps the test near 10 s; make-predictions.ts re-runs all.
  const sample = dataset.select(dataset.ids().filter((_, i) => i % 4 === 0));
  const fresh = await addPredictions(sample, { cacheDir: mkdtempSync(join(tmpdir(), "uyd-preds-test-")) });
  const byId = new Map(file.rows.map((r: { id: string; predictions: ObjectLabel[] }) => [r.id, r.predictions]));
  let worst = 0;
  for (const r of fresh.rows()) {
    const committed = byId.get(r.id) as ObjectLabel[];
    assert.equal(r.predictions.length, committed.length, `${r.id}: same number of boxes`);
    r.predictions.forEach((p: ObjectLabel, i: number) => {
      worst = Math.max(worst, Math.abs((p.score ?? 0) - (committed[i].score ?? 0)), ...p.box.map((v, k) => Math.abs(v - committed[i].box[k])));
    });
  }
  assert.ok(worst < 1e-3, `largest difference ${worst}`);
});
