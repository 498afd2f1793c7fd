// Boxes drawn on gallery thumbnails land where they belong: the HTML's SVG overlay is
// composited onto its own thumbnail and the pixels are read back (a rendered PNG).
import { test } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { renderGallery } from "../../lib/display/render-gallery";

async function grey(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#808080" } }).png().toBuffer();
}

/** The first tile of a gallery as a PNG: its JPEG thumbnail with its SVG overlay drawn on top. */
async function tilePng(html: string): Promise<{ data: Buffer; width: number; height: number }> {
  const src = html.match(/<img src="data:image\/jpeg;base64,([^"]+)"/)![1];
  const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
  const { data, info } = await sharp(Buffer.from(src, "base64")).composite([{ input: Buffer.from(svg) }]).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const pixel = (t: { data: Buffer; width: number }, x: number, y: number) => Array.from(t.data.subarray((y * t.width + x) * 3, (y * t.width + x) * 3 + 3));
const isRed = (p: number[]) => p[0] > 180 && p[1] < 90 && p[2] < 90;
const isGrey = (p: number[]) => Math.abs(p[0] - 128) < 12 && Math.abs(p[1] - 128) < 12 && Math.abs(p[2] - 128) < 12;

test("a box is drawn at its relative position on the thumbnail, and only its outline", async () => {
  // 200x100 image at size 128 -> a 128x64 thumbnail; box [0.5, 0.5, 0.25, 0.25] -> x 64..96, y 32..48
  const html = await renderGallery([{ image: await grey(200, 100), caption: "one box", boxes: [{ box: [0.5, 0.5, 0.25, 0.25], label: "person", score: 0.62, color: "#ff0000" }] }], { size: 128 });
  assert.match(html, /<rect x="64\.0" y="32\.0" width="32\.0" height="16\.0"/);
  assert.match(html, />person 0\.62<\/text>/);
  const tile = await tilePng(html);
  assert.deepEqual([tile.width, tile.height], [128, 64]);
  assert.ok(isRed(pixel(tile, 64, 40)), `left edge red: ${pixel(tile, 64, 40)}`);
  assert.ok(isRed(pixel(tile, 96, 40)), `right edge red: ${pixel(tile, 96, 40)}`);
  assert.ok(isRed(pixel(tile, 80, 48)), `bottom edge red: ${pixel(tile, 80, 48)}`);
  assert.ok(isGrey(pixel(tile, 80, 41)), `inside untouched: ${pixel(tile, 80, 41)}`);
  assert.ok(isGrey(pixel(tile, 20, 10)), `outside untouched: ${pixel(tile, 20, 10)}`);
});

test("a crop shows the region and moves the boxes with it; tiles without boxes render as before", async () => {
  // crop the right half: the box [0.5, 0, 0.25, 1] now starts at the crop's left edge and spans half its width
  const html = await renderGallery([{ image: await grey(200, 100), crop: [0.5, 0, 0.5, 1], boxes: [{ box: [0.5, 0, 0.25, 1], color: "#ff0000" }] }], { size: 100 });
  const tile = await tilePng(html);
  assert.deepEqual([tile.width, tile.height], [100, 100]);
  assert.match(html, /<rect x="0\.0" y="0\.0" width="50\.0" height="100\.0"/);
  const plain = await renderGallery([await grey(200, 100)], { size: 100 });
  assert.doesNotMatch(plain, /<svg/);
  assert.match(plain, /<figure style="margin:4px;text-align:center"><img src="data:image\/jpeg;base64,[^"]+" style="max-width:100px;max-height:100px"><figcaption/);
});
