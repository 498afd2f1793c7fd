import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import sharp from "sharp";
import { colourFeatures, colourHistogram } from "../../lib/grid/colour-features";
import { renderImageMap } from "../../lib/grid/render-image-map";
import type { RawImage } from "../../lib/skew/raw-image";

const solid = (r: number, g: number, b: number): RawImage => {
  const data = new Uint8Array(8 * 8 * 3);
  for (let i = 0; i < 64; i++) data.set([r, g, b], i * 3);
  return { data, width: 8, height: 8, channels: 3 };
};

test("colourHistogram puts every pixel in its RGB bin; colourFeatures reports an unreadable file and goes on", async () => {
  const h = colourHistogram(solid(255, 0, 0), 2);
  assert.equal(h.length, 8);
  assert.equal(h[4], 1); // r high, g low, b low
  const dir = mkdtempSync(join(tmpdir(), "uyd-map-"));
  writeFileSync(join(dir, "bad.jpg"), "not an image");
  const res = await colourFeatures([solid(0, 0, 255), join(dir, "bad.jpg")]);
  assert.equal(res[0].ok, true);
  assert.equal(res[1].ok, false);
});

test("renderImageMap sorts 16 tiles with lattice features into a map far better than random, and skips a broken file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "uyd-map-"));
  writeFileSync(join(dir, "bad.jpg"), "not an image");
  const tiles: (RawImage | string)[] = [];
  for (let i = 0; i < 16; i++) tiles.push(i % 2 ? solid(200 + i * 3, 20, 20) : solid(20, 20, 200 + i * 3));
  tiles.push(join(dir, "bad.jpg"));
  // features: a 4 x 4 lattice in scrambled order, so a perfect map exists and random is far from it
  const features = tiles.map((_, i) => { const k = (i * 7) % 16; return [k % 4, Math.floor(k / 4)]; });
  const map = await renderImageMap(tiles, { size: 8, features });
  assert.deepEqual(map.skipped.map((s) => s.index), [16]);
  assert.equal(map.kept.length, 16);
  assert.ok(map.dpq > map.randomDpq + 0.2, `${map.dpq} vs ${map.randomDpq}`);
  const meta = await sharp(Buffer.from(map.png)).metadata();
  assert.equal(meta.width, 4 * 8 + 3);
});
