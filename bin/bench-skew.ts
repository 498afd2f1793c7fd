/**
 * Skew benchmark: image-feature throughput (images/s at 512 px, imageFeatures) next to
 * just decoding and shrinking the same files with sharp; and the fisheye inverse remap
 * (ms per megapixel, fisheyePixels in plain TypeScript) next to sharp's native affine
 * remap (a 5-degree rotation with bilinear interpolation) of the same pixels. Both
 * baselines are measured in the same run, alternating rounds.
 *   npm run bench:skew
 */
import sharp from "sharp";
import { listSamples, samplePath } from "../lib/data/sample-path";
import { fisheyePixels } from "../lib/skew/fisheye-pixels";
import { imageFeatures } from "../lib/skew/image-features";
import { readRaw } from "../lib/skew/raw-image";

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
const median = (v: number[]) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];

(async () => {
  const photos = listSamples("photos").map((n) => samplePath(n));
  const files = Array.from({ length: 36 }, (_, i) => photos[i % photos.length]);
  const feat: number[] = [], decode: number[] = [];
  for (let round = 0; round < 3; round++) {
    decode.push(await time(async () => { for (const f of files) await sharp(f).resize(512, 512, { fit: "inside" }).raw().toBuffer(); }));
    feat.push(await time(() => imageFeatures(files)));
  }
  const fps = files.length / median(feat), dps = files.length / median(decode);
  console.log(`imageFeatures at 512 px: ${fps.toFixed(1)} images/s; decode+shrink only: ${dps.toFixed(1)} images/s; ratio ${(dps / fps).toFixed(2)}x the decode time`);

  const raw = await readRaw(await sharp(photos[0]).resize(1000, 1000, { fit: "fill" }).png().toBuffer()); // exactly 1 MP
  const mp = (raw.width * raw.height) / 1e6;
  const input = sharp(Buffer.from(raw.data), { raw: { width: raw.width, height: raw.height, channels: 3 } });
  const fish: number[] = [], affine: number[] = [];
  for (let round = 0; round < 5; round++) {
    affine.push(await time(() => input.clone().rotate(5).raw().toBuffer()));
    fish.push(await time(() => fisheyePixels(raw, 0.6)));
  }
  const fishMs = (1000 * median(fish)) / mp, affMs = (1000 * median(affine)) / mp;
  console.log(`fisheye remap: ${fishMs.toFixed(1)} ms per megapixel; sharp native rotate: ${affMs.toFixed(1)} ms per megapixel; ratio ${(fishMs / affMs).toFixed(2)}x`);
})();
