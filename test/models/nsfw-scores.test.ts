import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel } from "../../lib/models/load-model";
import { bundledModelPath } from "../../lib/models/bundled-model-path";
import { nsfwScores, NSFW_CLASSES } from "../../lib/models/nsfw-scores";
import { compareWithTfjs } from "./compare-with-tfjs";
import { parityImages, stdlibPhotos } from "./parity-images";
import { makeBadImages } from "./make-bad-images";

const cacheDir = mkdtempSync(join(tmpdir(), "uyd-models-"));

test("the nsfwjs MobileNetV2 converts once into the cache folder and matches TF.js on 20 real and synthetic images", async () => {
  const path = bundledModelPath("nsfw-classifier", { cacheDir });
  assert.ok(existsSync(path) && path.startsWith(cacheDir));
  assert.equal(bundledModelPath("nsfw-classifier", { cacheDir }), path, "a second call reuses the cached file");
  const model = await loadModel("nsfw-classifier", { cacheDir });
  const images = (await parityImages()).slice(0, 20).map((i) => i.image);
  const r = await compareWithTfjs("nsfw-classifier", model, images, { size: 224, scale: 1 / 255 }, ["Identity"]);
  console.log(`nsfw-classifier vs TF.js wasm: ${JSON.stringify(r)}`);
  assert.equal(r.images, 20);
  assert.ok(r.maxRel < 1e-3, `max relative error ${r.maxRel}`);
  assert.equal(r.sameTop, 20);
});

test("nsfwScores gives five probabilities summing to 1 per photo, and a reason for each bad file", async () => {
  const photos = stdlibPhotos().map((p) => p.path);
  const bad = await makeBadImages(mkdtempSync(join(tmpdir(), "uyd-bad-")));
  const rows = await nsfwScores([...photos, bad.text, bad.bomb], { cacheDir });
  assert.equal(rows.length, photos.length + 2);
  for (const r of rows.slice(0, photos.length)) {
    assert.ok(r.ok);
    assert.deepEqual(Object.keys(r.scores), [...NSFW_CLASSES]);
    assert.ok(Math.abs(Object.values(r.scores).reduce((a, b) => a + b, 0) - 1) < 1e-4);
    assert.ok(r.scores.Porn < 0.05 && r.scores.Hentai < 0.05, `${r.image} is a museum photo`);
  }
  const [text, bomb] = rows.slice(photos.length);
  assert.ok(!text.ok && /unsupported image format/.test(text.error));
  assert.ok(!bomb.ok && /decompression bomb/.test(bomb.error));
});

test("loadModel refuses an unknown bundled-looking name with the list of real ones", async () => {
  await assert.rejects(loadModel("nsfw-clasifier"), { name: "MissingDataError", message: /No model file at 'nsfw-clasifier'.*bundled model: nsfw-classifier, person-detector/ });
});
