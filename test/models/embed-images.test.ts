import { test } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildOnnxModel } from "../../lib/models/build-onnx-model";
import { embedImages, CLIP_MEAN, CLIP_STD } from "../../lib/models/embed-images";
import { loadModel } from "../../lib/models/load-model";
import { scoreEmbeddings, l2Normalize } from "../../lib/models/score-embeddings";
import { makeBadImages } from "./make-bad-images";

const dir = mkdtempSync(join(tmpdir(), "uyd-embed-"));
// A tiny "image encoder": mean colour per channel (GlobalAveragePool), then a 3x4 projection.
const W = [1, 0, 0, 2, 0, 1, 0, -1, 0, 0, 1, 0.5];
const encoderPath = join(dir, "tiny-encoder.onnx");
writeFileSync(encoderPath, buildOnnxModel({
  inputs: [{ name: "pixel_values", dtype: "float32", shape: ["N", 3, "H", "W"] }],
  outputs: [{ name: "image_embeds", dtype: "float32", shape: ["N", 4] }],
  nodes: [
    { op: "GlobalAveragePool", inputs: ["pixel_values"], outputs: ["pooled"] },
    { op: "Flatten", inputs: ["pooled"], outputs: ["flat"] },
    { op: "MatMul", inputs: ["flat", "proj"], outputs: ["image_embeds"] },
  ],
  initializers: [{ name: "proj", dims: [3, 4], dtype: "float32", data: new Float32Array(W) }],
}));

function expectedEmbedding(rgb: number[]): number[] {
  const x = rgb.map((v, c) => (v / 255 - CLIP_MEAN[c]) / CLIP_STD[c]);
  return [0, 1, 2, 3].map((j) => x[0] * W[j] + x[1] * W[4 + j] + x[2] * W[8 + j]);
}

test("embedImages runs a self-built ONNX encoder with CLIP preprocessing and returns the expected embeddings", async () => {
  const red = await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 255, g: 0, b: 0 } } }).png().toBuffer();
  const teal = join(dir, "teal.jpg");
  await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 0, g: 128, b: 128 } } }).jpeg({ quality: 100 }).toFile(teal);
  const rows = await embedImages(encoderPath, [red, teal]);
  assert.equal(rows.length, 2);
  const [a, b] = rows;
  assert.ok(a.ok && b.ok);
  expectedEmbedding([255, 0, 0]).forEach((v, i) => assert.ok(Math.abs(a.embedding[i] - v) < 1e-3, `red[${i}]`));
  expectedEmbedding([0, 128, 128]).forEach((v, i) => assert.ok(Math.abs(b.embedding[i] - v) < 0.05, `teal[${i}]`));
});

test("a batch with a missing file, a text file named .jpg, a truncated JPEG, a 1x1 image and a PNG bomb reports each and finishes", async () => {
  const bad = await makeBadImages(dir);
  const good = join(dir, "good.png");
  await sharp({ create: { width: 32, height: 32, channels: 3, background: "white" } }).png().toFile(good);
  const seen: number[] = [];
  const rows = await embedImages(encoderPath, [bad.missing, bad.text, good, bad.truncated, bad.tiny, bad.bomb], {
    onProgress: (done) => seen.push(done),
  });
  assert.deepEqual(rows.map((r) => r.ok), [false, false, true, false, false, false]);
  const errors = rows.map((r) => (r.ok ? "" : r.error));
  assert.match(errors[0], /No file at '.*missing\.jpg'/);
  assert.match(errors[1], /Expected a JPEG, PNG.*notes\.jpg.*unsupported image format/);
  assert.match(errors[3], /Could not decode .*truncated\.jpg.*premature end/i);
  assert.match(errors[4], /is 1x1; the shorter side must be at least 16 pixels/);
  assert.match(errors[5], /20000x20000 = 400000000 pixels, over the limit.*decompression bomb/);
  assert.deepEqual(seen, [1, 2, 3, 4, 5, 6]);
});

test("loadModel says clearly when the file is missing or is not an ONNX model", async () => {
  await assert.rejects(loadModel(join(dir, "nope.onnx")), { name: "MissingDataError", message: /No model file at '.*nope\.onnx'/ });
  const fake = join(dir, "fake.onnx");
  writeFileSync(fake, "this is not a protobuf\n".repeat(20));
  await assert.rejects(loadModel(fake), { name: "InputError", message: /Expected an ONNX model, but ONNX Runtime could not load '.*fake\.onnx'/ });
  const model = await loadModel(encoderPath);
  assert.deepEqual([model.inputNames, model.outputNames], [["pixel_values"], ["image_embeds"]]);
  assert.equal(await loadModel(encoderPath), model, "the same file gives the cached session");
});

test("embedImages names the inputs a model really has when asked for another", async () => {
  await assert.rejects(embedImages(encoderPath, [], { inputName: "images" }), /has no input 'images'; its inputs are pixel_values/);
});

test("scoreEmbeddings L2-normalises, applies the MLP and a sigmoid", () => {
  assert.deepEqual(l2Normalize([3, 4]), [0.6, 0.8]);
  const head = { layers: [
    { weight: [[1, 0], [0, 1]], bias: [0, -1] }, // relu: [0.6, 0] for [3, 4]
    { weight: [[2, 5]], bias: [0.3] },
  ] };
  const [p, q] = scoreEmbeddings([[3, 4], [30, 40]], head);
  assert.ok(Math.abs(p - 1 / (1 + Math.exp(-1.5))) < 1e-12);
  assert.equal(p, q, "scale of the embedding does not matter");
  assert.throws(() => scoreEmbeddings([[1, 2, 3]], head), /expects 2 inputs but got 3/);
  assert.throws(() => scoreEmbeddings([[1, 2]], { layers: [{ weight: [[1, 0], [0, 1]], bias: [0, 0] }] }), /must end in a layer with 1 output, got 2/);
});
