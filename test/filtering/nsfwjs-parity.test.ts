import { test } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { loadSafeSubsets } from "../../lib/filtering/load-safe-subsets";
import { nsfwScores, NSFW_CLASSES } from "../../lib/models/nsfw-scores";
import { resizeBilinear } from "../../lib/models/resize-bilinear";
import { tf, useWasmBackend } from "../models/tfjs-reference";

// nsfwjs 4.3's own classifier (its TF.js build, MobileNetV2Mid, on the wasm backend) against
// the bundled ONNX port, on the same decoded pixels: sharp decodes once, nsfwjs gets the
// RGB tensor, so what differs is only the resize and the runtime. Tolerance: 1e-4 per class (measured: about 3e-6).
const TOLERANCE = 1e-4;

async function decoded(path: string): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(path).rotate().flatten({ background: { r: 0, g: 0, b: 0 } }).toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

function sample(): Array<{ name: string; path: string }> {
  const s = loadSafeSubsets();
  return [s.art[0], s.medical[0], s.landmarks[0], s.photos[0], s.photos[3], s.photos[6]];
}

test("resizeBilinear with alignCorners equals tf.image.resizeBilinear(alignCorners = true) on a 5x3 ramp", async () => {
  await useWasmBackend();
  const src = Float32Array.from({ length: 5 * 3 * 2 }, (_, i) => (i * 37) % 11);
  const expected = tf.image.resizeBilinear(tf.tensor3d(src, [3, 5, 2]), [4, 7], true).dataSync();
  const got = resizeBilinear(src, 5, 3, 2, 7, 4, { alignCorners: true });
  got.forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-5, `value ${i}: ${v} vs ${expected[i]}`));
  const plain = tf.image.resizeBilinear(tf.tensor3d(src, [3, 5, 2]), [4, 7], false).dataSync();
  resizeBilinear(src, 5, 3, 2, 7, 4, { alignCorners: false }).forEach((v, i) => assert.ok(Math.abs(v - plain[i]) < 1e-5));
});

test("nsfwScores (default preprocessing) agrees with nsfwjs's own TF.js classify within 1e-4 per class on 6 safe images, and the old stretch does not", async () => {
  await useWasmBackend();
  const nsfwjs = require("nsfwjs");
  const realInfo = console.info;
  console.info = () => {}; // nsfwjs announces the model it loads
  const model = await nsfwjs.load("MobileNetV2Mid");
  console.info = realInfo;
  const images = sample();
  const port = await nsfwScores(images.map((i) => i.path));
  const stretch = await nsfwScores(images.map((i) => i.path), { preprocess: "stretch" });
  let maxExact = 0, maxStretch = 0;
  for (const [k, img] of images.entries()) {
    const { data, width, height } = await decoded(img.path);
    const input = tf.tensor3d(new Int32Array(data), [height, width, 3], "int32");
    const classes: Array<{ className: string; probability: number }> = await model.classify(input);
    input.dispose();
    const p = port[k], q = stretch[k];
    assert.ok(p.ok && q.ok, img.name);
    for (const c of NSFW_CLASSES) {
      const ref = classes.find((x) => x.className === c)!.probability;
      maxExact = Math.max(maxExact, Math.abs(p.scores[c] - ref));
      maxStretch = Math.max(maxStretch, Math.abs(q.scores[c] - ref));
    }
  }
  model.dispose();
  console.log(`nsfwjs TF.js vs port on ${images.length} images: max |diff| ${maxExact.toExponential(2)} (nsfwjs preprocessing), ${maxStretch.toFixed(3)} (old stretch)`);
  assert.ok(maxExact <= TOLERANCE, `max abs diff ${maxExact}`);
  assert.ok(maxStretch > TOLERANCE, "the old stretch should differ measurably, or the lesson has nothing to show");
});
