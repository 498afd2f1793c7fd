import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledModelPath } from "../../lib/models/bundled-model-path";
import { nsfwScores } from "../../lib/models/nsfw-scores";
import { embedWithClassifier } from "../../lib/views/embed-with-classifier";

const photos = ["data/predictions/images/skimage-coffee.jpg", "data/predictions/images/face-api-sample1.jpg"];

test("a bundled model converted with named inner outputs gives pooled features and the logits behind its probabilities", async () => {
  const rows = await embedWithClassifier(photos);
  // embedWithClassifier resizes with sharp, as nsfwScores' "stretch" preprocessing does (its default follows nsfwjs).
  const probs = await nsfwScores(photos, { preprocess: "stretch" });
  rows.forEach((r, i) => {
    assert.ok(r.ok, r.error);
    assert.equal(r.embedding!.length, 1792);
    assert.ok(Array.from(r.embedding!).every((v) => v >= 0), "pooled ReLU6 features are non-negative");
    const logits = Array.from(r.logits!);
    const z = logits.reduce((s, v) => s + Math.exp(v), 0);
    Object.values(probs[i].scores!).forEach((p, k) => assert.ok(Math.abs(Math.exp(logits[k]) / z - p) < 1e-4, `class ${k}: softmax(logits) = probability`));
  });
});

test("asking for a node the model does not have names it", () => {
  const cacheDir = mkdtempSync(join(tmpdir(), "uyd-models-"));
  assert.throws(() => bundledModelPath("nsfw-classifier", { cacheDir, outputs: ["no/such/node"] }), { name: "InputError", message: /has no node named 'no\/such\/node'/ });
});
