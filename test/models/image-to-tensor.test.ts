import { test } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { imageToTensor } from "../../lib/models/image-to-tensor";

// 200x100: left half red, right half blue.
const halves = () => sharp({ create: { width: 200, height: 100, channels: 3, background: "red" } })
  .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: "blue" } }, left: 100, top: 0 }]).png().toBuffer();

test("letterbox keeps the aspect ratio, pads with padColor and reports how to map boxes back", async () => {
  const t = await imageToTensor(await halves(), { size: 64, fit: "letterbox", padColor: [0, 255, 0], layout: "nhwc", scale: 1 });
  assert.deepEqual(t.dims, [1, 64, 64, 3]);
  assert.deepEqual([t.width, t.height], [200, 100]);
  assert.deepEqual(t.transform, { scaleX: 0.32, scaleY: 0.32, padX: 0, padY: 16 });
  const px = (x: number, y: number) => Array.from(t.data.subarray((y * 64 + x) * 3, (y * 64 + x) * 3 + 3));
  assert.deepEqual(px(32, 2), [0, 255, 0], "top padding");
  assert.deepEqual(px(5, 32), [255, 0, 0], "left half is red");
  assert.deepEqual(px(60, 32), [0, 0, 255], "right half is blue");
});

test("bgr order, NCHW layout and per-channel mean/std are applied in that order", async () => {
  const t = await imageToTensor(await halves(), { size: [8, 4], channelOrder: "bgr", mean: [0.5, 0.25, 0], std: [0.5, 0.25, 2] });
  assert.deepEqual(t.dims, [1, 3, 4, 8]);
  // Columns 0-1 are red, 6-7 blue (the resize blends the two in the middle columns).
  const plane = (c: number) => [0, 1, 6, 7].map((x) => t.data[c * 32 + x]);
  // Plane 0 is blue: (1 - 0) / 2 on the right, 0 on the left; plane 2 is red: (1 - 0.5) / 0.5.
  const near = (got: number[], want: number[]) => got.forEach((v, i) => assert.ok(Math.abs(v - want[i]) < 0.05, `${got} ~ ${want}`));
  near(plane(0), [0, 0, 0.5, 0.5]);
  near(plane(1), [-1, -1, -1, -1]);
  near(plane(2), [1, 1, -1, -1]);
});

test("cover crops the middle: a 200x100 image at 100x100 keeps the centre 100 columns", async () => {
  const t = await imageToTensor(await halves(), { size: 100, fit: "cover", layout: "nhwc", scale: 1 });
  assert.deepEqual(t.transform, { scaleX: 1, scaleY: 1, padX: -50, padY: 0 });
  const at = (x: number) => Array.from(t.data.subarray((50 * 100 + x) * 3, (50 * 100 + x) * 3 + 3));
  assert.deepEqual([at(10), at(90)], [[255, 0, 0], [0, 0, 255]]);
});
