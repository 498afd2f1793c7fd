import assert from "node:assert/strict";
import { test } from "node:test";
import { cropPixels } from "../../lib/skew/crop-pixels";
import { fisheyePixels } from "../../lib/skew/fisheye-pixels";
import { hazePixels } from "../../lib/skew/haze-pixels";
import { lightPixels } from "../../lib/skew/light-pixels";
import { pixelFeatures } from "../../lib/skew/pixel-features";
import { readRaw, type RawImage } from "../../lib/skew/raw-image";
import { resolutionPixels } from "../../lib/skew/resolution-pixels";
import { skewImage } from "../../lib/skew/skew-image";
import { fisheye } from "../../lib/skew/fisheye";
import { samplePath } from "../../lib/data/sample-path";

/** A grey test card: white, with a dark horizontal line at row `lineY` and a red centre pixel. */
function card(width = 101, height = 81, lineY = 15): RawImage {
  const data = new Uint8Array(width * height * 3).fill(255);
  for (let x = 0; x < width; x++) data.fill(0, (lineY * width + x) * 3, (lineY * width + x) * 3 + 3);
  const c = (40 * width + 50) * 3;
  data[c] = 255; data[c + 1] = 0; data[c + 2] = 0;
  return { data, width, height, channels: 3 };
}

/** The row of the darkest pixel in column x. */
function darkestRow(raw: RawImage, x: number): number {
  let best = 0, min = Infinity;
  for (let y = 0; y < raw.height; y++) { const v = raw.data[(y * raw.width + x) * 3]; if (v < min) { min = v; best = y; } }
  return best;
}

test("fisheye at strength 0 returns the same pixels", () => {
  const raw = card();
  assert.deepEqual(fisheyePixels(raw, 0).data, raw.data);
});

test("fisheye keeps the centre pixel and bends a straight line outward", () => {
  const out = fisheyePixels(card(), 0.8);
  const c = (40 * 101 + 50) * 3;
  assert.deepEqual([...out.data.slice(c, c + 3)], [255, 0, 0]);
  const middle = darkestRow(out, 50), edge = darkestRow(out, 3);
  // magnified in the middle, so the line moves away from the centre there; near the edge it stays close to row 15
  assert.ok(middle < edge - 3, `line at row ${middle} in the middle, ${edge} at the edge`);
});

test("fisheye rejects a negative strength with the allowed range", () => {
  assert.throws(() => fisheyePixels(card(), -1), /fisheye strength from 0 to 5, got -1/);
});

test("an off-centre crop at strength 0 is the identity and at 1 keeps the bottom-right quarter", () => {
  const raw = card();
  assert.deepEqual(cropPixels(raw, 0).data, raw.data);
  const cut = cropPixels(raw, 1);
  assert.ok(darkestRow(cut, 50) !== 15 && cut.data[(15 * 101 + 50) * 3] === 255, "the line in the top half is cut out of the frame");
});

test("gamma above 1 darkens mid-tones and keeps black and white; a warm cast raises red over blue", () => {
  const raw: RawImage = { data: new Uint8Array([0, 0, 0, 128, 128, 128, 255, 255, 255]), width: 3, height: 1, channels: 3 };
  const dark = lightPixels(raw, { gamma: 2 });
  assert.deepEqual([dark.data[0], dark.data[8]], [0, 255]);
  assert.ok(dark.data[3] < 70);
  const warm = lightPixels(raw, { cast: [1.2, 1, 0.8] });
  assert.ok(warm.data[3] > 128 && warm.data[5] < 128);
});

test("haze lowers contrast and colourfulness and is the same for the same seed", async () => {
  const raw = await readRaw(samplePath("photos/nagasaki-boats"));
  const small = resolutionPixels(raw, 1);
  const clean = pixelFeatures(small), hazy = pixelFeatures(hazePixels(small, 0.6, { seed: 3 }));
  assert.ok(hazy.contrast < clean.contrast * 0.6, `contrast ${clean.contrast} -> ${hazy.contrast}`);
  assert.ok(hazy.colourfulness < clean.colourfulness);
  assert.deepEqual(hazePixels(small, 0.6, { seed: 3 }).data, hazePixels(small, 0.6, { seed: 3 }).data);
});

test("resolution loss lowers sharpness and keeps the size", async () => {
  const raw = await readRaw(await skewImage(samplePath("photos/black-canyon"), "crop", 0));
  const soft = resolutionPixels(raw, 6);
  assert.deepEqual([soft.width, soft.height], [raw.width, raw.height]);
  assert.ok(pixelFeatures(soft).sharpness < pixelFeatures(raw).sharpness - 0.1);
});

test("fisheye raises the radial-distortion proxy of a photo", async () => {
  const path = samplePath("photos/march-pastoral");
  const clean = pixelFeatures(await readRaw(path)).radialDistortion;
  const bent = pixelFeatures(await readRaw(await fisheye(path, 1))).radialDistortion;
  assert.ok(bent > clean + 0.1, `${clean} -> ${bent}`);
});

test("a sharp pipeline is accepted as input, like a path", async () => {
  const sharp = (await import("sharp")).default;
  const path = samplePath("photos/black-canyon");
  const a = await readRaw(sharp(path).resize(64)), b = await readRaw(await sharp(path).resize(64).png().toBuffer());
  assert.deepEqual([a.width, a.height], [b.width, b.height]);
  assert.ok((await fisheye(sharp(path).resize(64), 0.5)).length > 0);
});

test("heavy JPEG compression returns a decodable image of the same size", async () => {
  const raw = card();
  const out = await readRaw(await skewImage(raw, "jpeg", 1));
  assert.deepEqual([out.width, out.height], [101, 81]);
  assert.notDeepEqual(out.data, raw.data);
});

test("skewImage names the known skews when given an unknown one", async () => {
  await assert.rejects(skewImage(card(), "blur" as "haze", 0.5), /Unknown image skew 'blur'.*fisheye, crop/);
});
