import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { readNpz } from "../../lib/filtering/read-npz";
import { importLaionHead } from "../../lib/filtering/import-laion-head";
import { fetchLaionHead } from "../../lib/filtering/fetch-laion-head";
import { clipNsfwScores } from "../../lib/filtering/clip-nsfw-scores";
import { buildOnnxModel } from "../../lib/models/build-onnx-model";
import { embedImages } from "../../lib/models/embed-images";
import { scoreEmbeddings } from "../../lib/models/score-embeddings";

// Fixtures from test/filtering/fixtures/make-laion-head.py (numpy, seeded): a head with
// LAION's layer layout and random weights, the outputs of the UNFOLDED computation in
// float64, and a head built to pin the label direction.
const fx = (f: string) => join(__dirname, "fixtures", f);
const expected = JSON.parse(readFileSync(fx("laion-head-expected.json"), "utf8")) as { inputs: number[][]; outputs: number[] };
const UA = "uyd-tests (tests@example.org)";

test("readNpz reads numpy.savez and numpy.savez_compressed archives to the same arrays", () => {
  const a = readNpz(fx("laion-head.npz")), b = readNpz(fx("laion-head-compressed.npz"));
  assert.deepEqual(Object.keys(a).sort(), ["dense/bias", "dense/kernel", "dense_1/bias", "dense_1/kernel", "dense_2/bias", "dense_2/kernel", "normalization/mean", "normalization/variance"]);
  assert.deepEqual(a["dense/kernel"].shape, [8, 4]);
  assert.equal(a["dense/kernel"].dtype, "float32");
  for (const k of Object.keys(a)) assert.deepEqual(Array.from(a[k].data), Array.from(b[k].data), k);
  assert.throws(() => readNpz(new Uint8Array(100)), { name: "InputError", message: /not a zip file/ });
});

test("the imported head, normalisation folded into the first dense layer, equals the unfolded numpy computation", () => {
  const head = importLaionHead(fx("laion-head.npz"));
  assert.equal(head.inputs, 8);
  assert.deepEqual(head.layers.map((l) => [l.weight.length, l.weight[0].length]), [[4, 8], [4, 4], [1, 4]]);
  const got = scoreEmbeddings(expected.inputs, head);
  got.forEach((p, i) => assert.ok(Math.abs(p - expected.outputs[i]) < 1e-6, `input ${i}: ${p} vs ${expected.outputs[i]}`));
  // Without the fold (normalisation dropped) the outputs differ: the fold is doing work.
  const raw = readNpz(fx("laion-head.npz"));
  const unfolded = importLaionHead(fx("laion-head.npz"));
  unfolded.layers[0].weight = Array.from({ length: 4 }, (_, o) => Array.from({ length: 8 }, (_, i) => raw["dense/kernel"].data[i * 4 + o]));
  unfolded.layers[0].bias = Array.from(raw["dense/bias"].data);
  assert.ok(scoreEmbeddings(expected.inputs, unfolded).some((p, i) => Math.abs(p - expected.outputs[i]) > 0.01));
});

test("label direction (LAION issue #6): a high output means unsafe, and the import does not flip it", () => {
  const head = importLaionHead(fx("laion-head-direction.npz"));
  assert.equal(head.output, "punsafe");
  const [unsafe, safe, scaled] = scoreEmbeddings([[1, 0, 0, 0], [0, 1, 0, 0], [7, 0, 0, 0]], head);
  assert.ok(Math.abs(unsafe - 1 / (1 + Math.exp(-3))) < 1e-9, `unsafe direction scores sigmoid(3), got ${unsafe}`);
  assert.ok(Math.abs(safe - 1 / (1 + Math.exp(2))) < 1e-9, `other direction scores sigmoid(-2), got ${safe}`);
  assert.ok(unsafe > 0.5 && safe < 0.5);
  assert.equal(scaled, unsafe, "the embedding is L2-normalised first");
});

test("importLaionHead names a missing layer and a wrong shape", () => {
  assert.throws(() => importLaionHead(fx("laion-head.npz"), { dense: ["dense", "dense_9"] }), { name: "InputError", message: /no array 'dense_9\/kernel'; it has .*dense_1\/kernel/ });
  assert.throws(() => importLaionHead(fx("laion-head.npz"), { dense: ["dense", "dense_1"] }), { name: "InputError", message: /'dense_1\/kernel' has shape \[4,4\], expected \[4,1\]/ });
  assert.throws(() => importLaionHead(fx("laion-head.npz"), { dense: ["dense_1", "dense_2"] }), { name: "InputError", message: /'normalization\/mean' has shape \[8\], expected \[4\]/ });
});

test("fetchLaionHead downloads from a 127.0.0.1 mirror once, then uses the checksummed cache, and refuses other bytes", async () => {
  const bytes = readFileSync(fx("laion-head.npz"));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (req.url === "/head.npz") { res.writeHead(200, { "content-length": bytes.length }); res.end(bytes); return; }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/head.npz`;
  const cacheDir = mkdtempSync(join(tmpdir(), "uyd-laion-head-"));
  try {
    const opts = { sha256, cacheDir, userAgent: UA, allowAddresses: ["127.0.0.0/8"] };
    const first = await fetchLaionHead(url, opts);
    assert.equal(first.fromCache, false);
    assert.ok(first.path.startsWith(cacheDir));
    assert.deepEqual(scoreEmbeddings(expected.inputs, first), scoreEmbeddings(expected.inputs, importLaionHead(fx("laion-head.npz"))));
    const second = await fetchLaionHead(url, opts);
    assert.equal(second.fromCache, true);
    assert.equal(requests, 1, "the cached, matching file is not fetched again");
    await assert.rejects(fetchLaionHead(url, { ...opts, sha256: "0".repeat(64) }), { name: "ChecksumError" });
    await assert.rejects(fetchLaionHead(url, { cacheDir, userAgent: UA }), { name: "InputError", message: /needs the head's `sha256`/ });
    await assert.rejects(fetchLaionHead(url, { sha256, cacheDir: mkdtempSync(join(tmpdir(), "uyd-laion-head-")), userAgent: UA }), /127\.0\.0\.1|private|loopback/i);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});

test("clipNsfwScores runs a self-built ONNX encoder and the imported head end to end, per image", async () => {
  const dir = mkdtempSync(join(tmpdir(), "uyd-clip-nsfw-"));
  const proj = Float32Array.from({ length: 3 * 8 }, (_, i) => Math.sin(i + 1));
  const encoder = join(dir, "tiny-encoder.onnx");
  writeFileSync(encoder, buildOnnxModel({
    inputs: [{ name: "pixel_values", dtype: "float32", shape: ["N", 3, "H", "W"] }],
    outputs: [{ name: "image_embeds", dtype: "float32", shape: ["N", 8] }],
    nodes: [
      { op: "GlobalAveragePool", inputs: ["pixel_values"], outputs: ["pooled"] },
      { op: "Flatten", inputs: ["pooled"], outputs: ["flat"] },
      { op: "MatMul", inputs: ["flat", "proj"], outputs: ["image_embeds"] },
    ],
    initializers: [{ name: "proj", dims: [3, 8], dtype: "float32", data: proj }],
  }));
  const red = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 220, g: 30, b: 40 } } }).png().toBuffer();
  const blue = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 10, g: 60, b: 230 } } }).png().toBuffer();
  const head = importLaionHead(fx("laion-head.npz"));
  const rows = await clipNsfwScores(encoder, [red, join(dir, "missing.jpg"), blue], head);
  assert.deepEqual(rows.map((r) => r.ok), [true, false, true]);
  assert.match(rows[1].error!, /No file at/);
  const emb = await embedImages(encoder, [red, blue]);
  const ref = scoreEmbeddings(emb.map((e) => e.embedding!), head);
  assert.ok(Math.abs(rows[0].punsafe! - ref[0]) < 1e-12 && Math.abs(rows[2].punsafe! - ref[1]) < 1e-12);
  assert.notEqual(rows[0].punsafe, rows[2].punsafe);
});
