// Makes data/skew/train/ and data/skew/deploy/: 30 + 30 tiles (192 x 144 px, JPEG q90)
// cut at seeded positions from the nine public-domain photos. The deploy tiles are cut
// at other positions and then get ONE hidden skew (written to truth.json), so a lab can
// ask which feature a skew report ranks first and which skew it was.
// Also writes features.json (imageFeatures of every tile) so graded checks can recompute
// the report synchronously. Run: npx tsx data/skew/make-planted-skew.ts
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { listSamples, samplePath } from "../../lib/data/sample-path";
import { writeFileAtomic } from "../../lib/data/write-file-atomic";
import { seededRandom } from "../../lib/llm-text/seeded-random";
import { encodeRaw } from "../../lib/skew/encode-raw";
import { imageFeatures } from "../../lib/skew/image-features";
import { readRaw } from "../../lib/skew/raw-image";
import { skewPixels, type PixelSkew } from "../../lib/skew/skew-pixels";

const HIDDEN: { kind: PixelSkew; strength: number } = { kind: "resolution", strength: 0.35 };
const PER_SET = 30, W = 192, H = 144, dir = "data/skew";

async function tile(path: string, rand: () => number): Promise<Buffer> {
  const meta = await sharp(path).metadata();
  const scale = 0.35 + 0.4 * rand(); // tile covers 35-75 % of the shorter side
  const h = Math.round(Math.min(meta.height!, (meta.width! * 3) / 4) * scale), w = Math.round((h * 4) / 3);
  const left = Math.floor(rand() * (meta.width! - w)), top = Math.floor(rand() * (meta.height! - h));
  return sharp(path).extract({ left, top, width: w, height: h }).resize(W, H).removeAlpha().png().toBuffer();
}

(async () => {
  const photos = listSamples("photos").map((n) => samplePath(n));
  const rand = seededRandom(2026);
  const files: Record<string, string[]> = { train: [], deploy: [] };
  for (const set of ["train", "deploy"] as const) {
    rmSync(join(dir, set), { recursive: true, force: true });
    mkdirSync(join(dir, set), { recursive: true });
    for (let i = 0; i < PER_SET; i++) {
      let raw = await readRaw(await tile(photos[i % photos.length], rand));
      if (set === "deploy") raw = skewPixels(raw, HIDDEN.kind, HIDDEN.strength, { seed: i });
      const file = join(dir, set, `${set}-${String(i).padStart(2, "0")}.jpg`);
      writeFileAtomic(file, await encodeRaw(raw, { format: "jpeg", quality: 90 }));
      files[set].push(file);
    }
  }
  const features = { train: await imageFeatures(files.train), deploy: await imageFeatures(files.deploy) };
  writeFileAtomic(join(dir, "truth.json"), JSON.stringify({ skew: HIDDEN.kind, strength: HIDDEN.strength, note: "every deploy tile got this skew; train tiles are clean" }, null, 2) + "\n");
  writeFileAtomic(join(dir, "features.json"), JSON.stringify(features) + "\n");
  console.log(`wrote ${PER_SET} train and ${PER_SET} deploy tiles; hidden skew ${HIDDEN.kind} ${HIDDEN.strength}`);
})();
