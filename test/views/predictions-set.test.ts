import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { projectRoot } from "../../lib/data/project-root";
import { loadPredictionsSet } from "../../lib/views/load-predictions-set";

const root = projectRoot();
const { dataset, images, planted, truth } = loadPredictionsSet();

test("every image of the lab 04 set matches its size and checksum in images.json and data/SOURCES.md", async () => {
  const sources = readFileSync(join(root, "data", "SOURCES.md"), "utf8");
  const files = readdirSync(join(root, "data", "predictions", "images")).sort();
  assert.deepEqual(files, images.map((i) => `${i.id}.jpg`).sort(), "no file without an entry, no entry without a file");
  for (const img of images) {
    const bytes = readFileSync(join(root, img.file));
    const meta = await sharp(bytes).metadata();
    assert.deepEqual([meta.width, meta.height, bytes.length], [img.width, img.height, img.bytes], img.id);
    assert.equal(createHash("sha256").update(bytes).digest("hex"), img.sha256, img.id);
    assert.ok(sources.includes(img.sha256), `${img.id}'s checksum is in data/SOURCES.md`);
    assert.ok(img.licence && img.author && img.package, `${img.id} has a licence, an author and a package`);
    if (/^CC-BY/.test(img.licence)) assert.match(img.credit, new RegExp(img.author), `${img.id} carries its credit`);
  }
  for (const f of ["images.json", "ground-truth.json", "detector-predictions.json"]) {
    const hash = createHash("sha256").update(readFileSync(join(root, "data", "predictions", f))).digest("hex");
    assert.ok(sources.includes(hash), `data/predictions/${f}'s checksum is in data/SOURCES.md`);
  }
});

test("ground truth: 19 people photos with boxes inside their images, planted errors flip the given label", () => {
  assert.equal(images.length, 117);
  assert.equal(Object.values(truth).filter((t) => t === "person").length, 19);
  for (const r of dataset.rows()) {
    for (const g of r.groundTruth) {
      const [x, y, w, h] = g.box;
      assert.ok(x >= 0 && y >= 0 && w > 0 && h > 0 && x + w <= 1.0001 && y + h <= 1.0001, `${r.id} ${g.id} box inside the image: ${g.box}`);
    }
    if (planted[r.id]) assert.notEqual(r.label, truth[r.id], `${r.id} is planted, so its label is wrong`);
    else {
      assert.equal(r.label, truth[r.id], r.id);
      assert.equal(r.groundTruth.length > 0, truth[r.id] === "person", `${r.id}: boxes exactly on the people photos`);
    }
  }
  assert.deepEqual(Object.values(planted).map((p) => p.label).sort(), ["none", "none", "none", "person", "person", "person"]);
  assert.deepEqual(Object.keys(dataset.rows()[0]).slice(0, 7), ["id", "filepath", "width", "height", "bytes", "mime", "channels"]);
});
