import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel } from "../../lib/models/load-model";
import { convertTfjsGraph } from "../../lib/models/convert-tfjs-graph";
import { personScores } from "../../lib/models/person-scores";
import { detectObjects } from "../../lib/models/detect-objects";
import { compareWithTfjs } from "./compare-with-tfjs";
import { parityImages, stdlibPhotos } from "./parity-images";
import { makeBadImages } from "./make-bad-images";

const cacheDir = mkdtempSync(join(tmpdir(), "uyd-models-"));

test("the CenterNet person detector converts and matches TF.js (heatmaps and detections) on 20 real and synthetic images", async () => {
  const model = await loadModel("person-detector", { cacheDir });
  const images = (await parityImages()).filter((_, i) => i < 14 || i >= 18).map((i) => i.image);
  const r = await compareWithTfjs("person-detector", model, images, { size: 512, scale: 1 }, ["tower_0/keypoints", "tower_0/detections"],
    { "tower_0/detections": { width: 6, score: 4 } });
  console.log(`person-detector vs TF.js wasm: ${JSON.stringify(r)}`);
  assert.equal(r.images, 20);
  assert.ok(r.maxRel < 1e-3, `max relative error ${r.maxRel}`);
  assert.equal(r.sameTop, 20);
});

// Looked at by eye: nagasaki-boats has a man sitting in the front boat, black-canyon a small
// man in the boat at the lower left; the other seven show plants, a plane, a shack, mountains,
// a cat and sheep, with nobody in them.
const WITH_PEOPLE = ["nagasaki-boats", "black-canyon"];
// march-pastoral is left out of the ranking: a sheep facing the camera scores ~0.58 as a
// person, a real false positive the labs can show.
const NOBODY = ["acanthus-mollis", "airplane-from-above", "allium-oreophilum", "dust-bowl-home", "french-alpine-landscape", "locomotion-house-cat"];

test("personScores ranks the photos with people above the landscapes and objects, and boxes the boatman", async () => {
  const photos = stdlibPhotos();
  const rows = await personScores(photos.map((p) => p.path), { cacheDir });
  const score = new Map(photos.map((p, i) => [p.name, rows[i].ok ? rows[i].score : NaN]));
  const lowestWithPeople = Math.min(...WITH_PEOPLE.map((n) => score.get(n)!));
  for (const n of NOBODY) assert.ok(score.get(n)! < lowestWithPeople, `${n} (${score.get(n)}) < ${lowestWithPeople}`);
  const boats = rows[photos.findIndex((p) => p.name === "nagasaki-boats")];
  assert.ok(boats.ok && boats.boxes.length > 0);
  const best = boats.boxes[0];
  const [cx, cy] = [best.x + best.width / 2, best.y + best.height / 2];
  assert.ok(cx > 340 && cx < 500 && cy > 600 && cy < 730, `best box centre (${cx}, ${cy}) is on the boatman`);
});

test("detectObjects labels the sheep and the boats, and keeps only the labels asked for", async () => {
  const photos = stdlibPhotos().filter((p) => p.name === "march-pastoral" || p.name === "nagasaki-boats");
  const [sheep, boats] = await detectObjects(photos.map((p) => p.path), { cacheDir, minScore: 0.3 });
  assert.ok(sheep.ok && boats.ok);
  assert.ok(sheep.detections.filter((d) => d.label === "sheep").length >= 3, "several sheep");
  assert.ok(boats.detections.some((d) => d.label === "boat"), "a boat");
  const [onlyBoats] = await detectObjects([photos[1].path], { cacheDir, minScore: 0.3, labels: ["boat"] });
  assert.ok(onlyBoats.ok && onlyBoats.detections.length > 0 && onlyBoats.detections.every((d) => d.label === "boat"));
  assert.deepEqual(Object.keys(onlyBoats.best), ["boat"]);
});

test("personScores reports a reason per bad image and still scores the good one", async () => {
  const dir = mkdtempSync(join(tmpdir(), "uyd-bad-"));
  const bad = await makeBadImages(dir);
  const rows = await personScores([bad.missing, bad.truncated, stdlibPhotos()[0].path, bad.tiny], { cacheDir });
  assert.deepEqual(rows.map((r) => r.ok), [false, false, true, false]);
  const good = rows[2];
  assert.ok(good.ok && good.score >= 0 && good.score < 1);
});

test("converting a graph with an op the converter lacks names the op and the node", () => {
  const graph = { modelTopology: { node: [
    { name: "x", op: "Placeholder", attr: { dtype: { type: "DT_FLOAT" } } },
    { name: "block/gelu/Erf", op: "Erf", input: ["x"] },
  ] } };
  assert.throws(() => convertTfjsGraph(graph, new Map()), { name: "InputError", message: /Cannot convert op 'Erf' \(node 'block\/gelu\/Erf'\)/ });
});
