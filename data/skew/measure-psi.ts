import sharp from "sharp";
import { listSamples, samplePath } from "../../lib/data/sample-path";
import { seededRandom } from "../../lib/llm-text/seeded-random";
import { readRaw } from "../../lib/skew/raw-image";
import { encodeRaw } from "../../lib/skew/encode-raw";
import { skewPixels } from "../../lib/skew/skew-pixels";
import { imageFeatures } from "../../lib/skew/image-features";
import { psi } from "../../lib/skew/psi";
import { ksStatistic } from "../../lib/skew/ks-statistic";
const W = 192, H = 144;
async function tile(path: string, rand: () => number) {
  const meta = await sharp(path).metadata();
  const scale = 0.35 + 0.4 * rand();
  const h = Math.round(Math.min(meta.height!, (meta.width! * 3) / 4) * scale), w = Math.round((h * 4) / 3);
  const left = Math.floor(rand() * (meta.width! - w)), top = Math.floor(rand() * (meta.height! - h));
  return sharp(path).extract({ left, top, width: w, height: h }).resize(W, H).removeAlpha().png().toBuffer();
}
(async () => {
  const photos = listSamples("photos").map((n) => samplePath(n));
  const rand = seededRandom(7);
  const N = 480;
  const clean: Buffer[] = [], skewed: Buffer[] = [];
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const raw = await readRaw(await tile(photos[i % photos.length], rand));
    clean.push(Buffer.from(await encodeRaw(raw, { format: "jpeg", quality: 90 })));
    skewed.push(Buffer.from(await encodeRaw(skewPixels(raw, "resolution", 0.35, { seed: i }), { format: "jpeg", quality: 90 })));
  }
  const t1 = performance.now();
  const fc = await imageFeatures(clean), fs = await imageFeatures(skewed);
  console.log(`tiles ${((t1 - t0) / N).toFixed(1)} ms/tile; features ${((performance.now() - t1) / (2 * N)).toFixed(1)} ms/tile`);
  const feats = ["brightness", "contrast", "sharpness", "colourfulness", "radialDistortion"];
  const r = seededRandom(11);
  const sample = (arr: number[], n: number) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a.slice(0, n); };
  const col = (rows: any[], f: string) => rows.map((x) => x[f] as number);
  const q = (v: number[], p: number) => v.slice().sort((a, b) => a - b)[Math.floor(p * (v.length - 1))];
  for (const bins of [10, 5, 4]) for (const n of [15, 30, 60, 120, 240]) {
    const line: string[] = [];
    let maxNull: number[] = [];
    for (let d = 0; d < 40; d++) {
      let m = 0;
      for (const f of feats) { const all = sample(col(fc, f), 2 * n); m = Math.max(m, psi(all.slice(0, n), all.slice(n), { bins })); }
      maxNull.push(m);
    }
    for (const f of ["brightness", "sharpness", "contrast"]) {
      const nul: number[] = [], alt: number[] = [];
      for (let d = 0; d < 40; d++) {
        const all = sample(col(fc, f), 2 * n); nul.push(psi(all.slice(0, n), all.slice(n), { bins }));
        alt.push(psi(sample(col(fc, f), n), sample(col(fs, f), n), { bins }));
      }
      line.push(`${f}: null med ${q(nul, 0.5).toFixed(2)} p95 ${q(nul, 0.95).toFixed(2)} | shift med ${q(alt, 0.5).toFixed(2)}`);
    }
    console.log(`bins ${bins} n ${n}: max-over-features null med ${q(maxNull, 0.5).toFixed(2)} p95 ${q(maxNull, 0.95).toFixed(2)} || ${line.join(" || ")}`);
  }
  // full-population shift sizes
  for (const f of feats) console.log(f, "pop PSI (10 bins, n=480):", psi(col(fc, f), col(fs, f)).toFixed(3), "KS", ksStatistic(col(fc, f), col(fs, f)).toFixed(3));
})();
