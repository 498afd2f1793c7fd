// Makes data/skew/train/, data/skew/deploy/ and data/skew/deploy-b/: 30 tiles each
// (192 x 144 px, JPEG q90) cut at seeded positions from the nine public-domain photos.
// The deploy tiles are cut at other positions and then get ONE hidden skew (written to
// truth.json), so a lab can ask which feature a skew report ranks first and which skew
// it was; deploy-b, a second device, gets another skew (truth.json "b"), for a transfer
// exercise on a batch the lab has not shown.
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
const HIDDEN_B: { kind: PixelSkew; strength: number } = { kind: "dark", strength: 0.3 };
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
  const files: Record<string, string[]> = { train: [], deploy: [], "deploy-b": [] };
  for (const set of ["train", "deploy", "deploy-b"] as const) {
    rmSync(join(dir, set), { recursive: true, force: true });
    mkdirSync(join(dir, set), { recursive: true });
    for (let i = 0; i < PER_SET; i++) {
      let raw = await readRaw(await tile(photos[i % photos.length], rand));
      if (set === "deploy") raw = skewPixels(raw, HIDDEN.kind, HIDDEN.strength, { seed: i });
      if (set === "deploy-b") raw = skewPixels(raw, HIDDEN_B.kind, HIDDEN_B.strength, { seed: i });
      const file = join(dir, set, `${set}-${String(i).padStart(2, "0")}.jpg`);
      writeFileAtomic(file, await encodeRaw(raw, { format: "jpeg", quality: 90 }));
      files[set].push(file);
    }
  }
  const features = { train: await imageFeatures(files.train), deploy: await imageFeatures(files.deploy), deployB: await imageFeatures(files["deploy-b"]) };
  writeFileAtomic(join(dir, "truth.json"), JSON.stringify({ skew: HIDDEN.kind, strength: HIDDEN.strength, note: "every deploy tile got this skew; train tiles are clean",
    b: { skew: HIDDEN_B.kind, strength: HIDDEN_B.strength, note: "every deploy-b tile got this skew" } }, null, 2) + "\n");
  writeFileAtomic(join(dir, "features.json"), JSON.stringify(features) + "\n");
  console.log(`wrote ${PER_SET} train, ${PER_SET} deploy and ${PER_SET} deploy-b tiles; hidden skews ${HIDDEN.kind} ${HIDDEN.strength}, ${HIDDEN_B.kind} ${HIDDEN_B.strength}`);
})();
