import { test } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { renderGallery } from "../../lib/display/render-gallery";
import { renderSafeGallery } from "../../lib/filtering/render-safe-gallery";
import { samplePath, listSamples } from "../../lib/data/sample-path";

const photos = listSamples("photos").slice(0, 3).map((n) => samplePath(n));

/** The base64 payloads of every <img> in a gallery's HTML. */
function payloads(html: string): string[] {
  return [...html.matchAll(/src="data:image\/[a-z]+;base64,([^"]+)"/g)].map((m) => m[1]);
}

test("without the opt-in, an image above the threshold or without a score never appears as its raw thumbnail", async () => {
  const raw = payloads(await renderGallery(photos, { size: 96 }));
  assert.equal(raw.length, 3);
  for (const scores of [undefined, [0.9, 0.3, 0.06], [NaN, 1, 0.051]]) {
    const html = await renderSafeGallery(photos, { size: 96, scores });
    const shown = payloads(html);
    assert.equal(shown.length, 3, "each image still gets a (pixelated) tile");
    for (const r of raw) assert.ok(!html.includes(r), "a raw thumbnail leaked into the safe gallery");
    assert.equal((html.match(/hidden \(/g) ?? []).length, 3);
  }
});

test("the opt-in per call reveals, and images at or below the threshold show as they are", async () => {
  const raw = payloads(await renderGallery(photos, { size: 96 }));
  const revealed = await renderSafeGallery(photos, { size: 96, reveal: true });
  for (const r of raw) assert.ok(revealed.includes(r), "reveal: true shows the raw thumbnails");
  const mixed = await renderSafeGallery(photos, { size: 96, scores: [0.01, 0.5, 0.05] });
  assert.ok(mixed.includes(raw[0]) && mixed.includes(raw[2]), "scores <= blurAbove are shown");
  assert.ok(!mixed.includes(raw[1]), "the 0.5 image is hidden");
  assert.match(mixed, /hidden \(0\.50 &gt; 0\.05\)/);
});

test("a pixelated tile keeps little detail: under a third of the colours of the photo", async () => {
  const html = await renderSafeGallery([photos[0]], { size: 96 });
  const [b64] = payloads(html);
  const { data, info } = await sharp(Buffer.from(b64, "base64")).resize(96, 96, { fit: "fill", kernel: "nearest" }).raw().toBuffer({ resolveWithObject: true });
  const colours = new Set<string>();
  for (let i = 0; i < info.width * info.height; i++) colours.add(`${data[i * info.channels]},${data[i * info.channels + 1]},${data[i * info.channels + 2]}`);
  // JPEG re-encoding of the blocks smears edges a little; the raw photo has thousands of colours.
  const rawColours = new Set<string>();
  const r = await sharp(photos[0]).resize(96, 96, { fit: "fill" }).raw().toBuffer({ resolveWithObject: true });
  for (let i = 0; i < 96 * 96; i++) rawColours.add(`${r.data[i * r.info.channels]},${r.data[i * r.info.channels + 1]},${r.data[i * r.info.channels + 2]}`);
  assert.ok(colours.size < rawColours.size / 3, `${colours.size} colours in the tile vs ${rawColours.size} in the photo`);
});

test("an unreadable image still gets a 'cannot show' tile and the batch goes on", async () => {
  const html = await renderSafeGallery([new Uint8Array([1, 2, 3]), photos[0]], { size: 64 });
  assert.match(html, /Cannot show/);
  assert.equal(payloads(html).length, 1);
});
