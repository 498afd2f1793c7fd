import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importLaionSavedModel } from "../../lib/filtering/import-laion-saved-model";
import { fetchLaionHead, LAION_HEADS } from "../../lib/filtering/fetch-laion-head";
import { readTfCheckpoint } from "../../lib/filtering/read-tf-checkpoint";
import { readZipEntries } from "../../lib/filtering/read-zip-entries";
import { scoreEmbeddings, l2Normalize } from "../../lib/models/score-embeddings";

// LAION's published ViT-B/32 head, committed as published (MIT; data/SOURCES.md).
const ZIP = "data/filtering/laion-clip-autokeras-nsfw-b32.zip";
const VAR = (k: number, w: string) => `layer_with_weights-${k}/${w}/.ATTRIBUTES/VARIABLE_VALUE`;

function seeded(n: number, dim: number): number[][] {
  let s = 12345;
  const r = () => (s = (s * 16807) % 2147483647) / 2147483647 - 0.5;
  return Array.from({ length: n }, () => Array.from({ length: dim }, r));
}

test("the published ViT-B/32 head's checkpoint reads with every float tensor's CRC-32C matching", () => {
  const zip = readZipEntries(readFileSync(ZIP));
  const { tensors, skipped } = readTfCheckpoint(zip.get("clip_autokeras_nsfw_b32/variables/variables.index")!, zip.get("clip_autokeras_nsfw_b32/variables/variables.data-00000-of-00001")!);
  assert.deepEqual([VAR(1, "mean"), VAR(2, "kernel"), VAR(3, "kernel"), VAR(4, "kernel")].map((k) => tensors[k].shape), [[512], [512, 32], [32, 32], [32, 1]]);
  assert.equal(skipped[VAR(1, "count")].dtype, 9, "the sample counter is int64, skipped");
  const data = zip.get("clip_autokeras_nsfw_b32/variables/variables.data-00000-of-00001")!.slice();
  data[4104 + 17] ^= 0xff; // one byte inside the first dense kernel
  assert.throws(() => readTfCheckpoint(zip.get("clip_autokeras_nsfw_b32/variables/variables.index")!, data), { name: "InputError", message: /CRC mismatch for 'layer_with_weights-2\/kernel/ });
});

test("importLaionSavedModel folds the real head's normalisation and equals the unfolded computation on its raw weights", () => {
  const head = importLaionSavedModel(ZIP);
  assert.equal(head.inputs, 512);
  assert.deepEqual(head.layers.map((l) => [l.weight.length, l.weight[0].length]), [[32, 512], [32, 32], [1, 32]]);
  assert.deepEqual(head.categoricalColumns, [92, 133, 312], "autokeras read three embedding columns as categories");
  const zip = readZipEntries(readFileSync(ZIP));
  const t = readTfCheckpoint(zip.get("clip_autokeras_nsfw_b32/variables/variables.index")!, zip.get("clip_autokeras_nsfw_b32/variables/variables.data-00000-of-00001")!).tensors;
  const dense = (x: number[], k: number, relu: boolean) => {
    const W = t[VAR(k, "kernel")], b = t[VAR(k, "bias")], out = W.shape[1];
    return Array.from({ length: out }, (_, o) => {
      let s = b.data[o];
      for (let i = 0; i < x.length; i++) s += x[i] * W.data[i * out + o];
      return relu ? Math.max(0, s) : s;
    });
  };
  const reference = (e: number[]) => {
    const x = l2Normalize(e).map((v, i) => (v - t[VAR(1, "mean")].data[i]) / Math.max(Math.sqrt(t[VAR(1, "variance")].data[i]), 1e-7));
    return 1 / (1 + Math.exp(-dense(dense(dense(x, 2, true), 3, true), 4, false)[0]));
  };
  const embeddings = seeded(8, 512);
  const got = scoreEmbeddings(embeddings, head);
  embeddings.forEach((e, i) => assert.ok(Math.abs(got[i] - reference(e)) < 1e-9, `embedding ${i}: ${got[i]} vs ${reference(e)}`));
});

test("fetchLaionHead gets the published zip from a 127.0.0.1 mirror with LAION_HEADS' checksum, then from the cache", async () => {
  const bytes = readFileSync(ZIP);
  assert.equal(createHash("sha256").update(bytes).digest("hex"), LAION_HEADS["ViT-B/32"].sha256);
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (req.url === "/LAION-AI/CLIP-based-NSFW-Detector/main/clip_autokeras_nsfw_b32.zip") { res.writeHead(200, { "content-length": bytes.length }); res.end(bytes); return; }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const mirror = LAION_HEADS["ViT-B/32"].url.replace("https://raw.githubusercontent.com", `http://127.0.0.1:${(server.address() as { port: number }).port}`);
  const opts = { sha256: LAION_HEADS["ViT-B/32"].sha256, cacheDir: mkdtempSync(join(tmpdir(), "uyd-laion-zip-")), userAgent: "uyd-tests (tests@example.org)", allowAddresses: ["127.0.0.0/8"] };
  try {
    const first = await fetchLaionHead(mirror, opts);
    const second = await fetchLaionHead(mirror, opts);
    assert.deepEqual([first.fromCache, second.fromCache, requests], [false, true, 1]);
    assert.equal(first.inputs, 512);
    const e = seeded(3, 512);
    assert.deepEqual(scoreEmbeddings(e, first), scoreEmbeddings(e, importLaionSavedModel(ZIP)));
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});
