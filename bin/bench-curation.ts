/**
 * Curation benchmark: images per second for the full findImageIssues scan at 512 px,
 * and text MB per second for findTextIssues, each next to a baseline measured in the
 * same run (images: just decoding and shrinking the same files with sharp, best of 3
 * interleaved rounds each; text: just
 * gzip-compressing the same documents).
 *   npm run bench:curation
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import sharp from "sharp";
import { findImageIssues } from "../lib/curation/find-image-issues";
import { findTextIssues } from "../lib/curation/find-text-issues";
import { mapLimit } from "../lib/curation/map-limit";
import { seededRandom } from "../lib/llm-text/seeded-random";
import { samplePath, listSamples } from "../lib/data/sample-path";

const N_IMAGES = 200;

async function makeImages(dir: string): Promise<string[]> {
  const rand = seededRandom(3);
  const photos = listSamples("photos").map((name) => samplePath(name));
  const paths: string[] = [];
  for (let i = 0; i < N_IMAGES; i++) {
    const src = photos[i % photos.length];
    const { width = 0, height = 0 } = await sharp(src).metadata();
    const w = Math.round(width * (0.6 + 0.4 * rand())), h = Math.round(height * (0.6 + 0.4 * rand()));
    const left = Math.floor(rand() * (width - w)), top = Math.floor(rand() * (height - h));
    const path = join(dir, `bench-${String(i).padStart(3, "0")}.jpg`);
    await sharp(src).extract({ left, top, width: w, height: h }).resize(512, 512, { fit: "inside" }).jpeg({ quality: 85 }).toFile(path);
    paths.push(path);
  }
  return paths;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const out = await fn();
  return [out, Number(process.hrtime.bigint() - t0) / 1e9];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "uyd-bench-curation-"));
  try {
    const paths = await makeImages(dir);
    await findImageIssues(paths.slice(0, 10)); // warm up
    // Best of 3 rounds, the two interleaved: the machine is shared, and the slowest rounds measure the neighbours.
    let decode = Infinity, scan = Infinity, rows: Awaited<ReturnType<typeof findImageIssues>> = [];
    for (let round = 0; round < 3; round++) {
      const [, d] = await time(() => mapLimit(paths, 4, (p) => sharp(p).resize(256, 256, { fit: "inside" }).raw().toBuffer()));
      const [r, s] = await time(() => findImageIssues(paths));
      decode = Math.min(decode, d);
      scan = Math.min(scan, s);
      rows = r;
    }
    const ok = rows.filter((r) => r.ok).length;
    console.log(`images: ${N_IMAGES} at 512 px (${ok} read), full scan ${(N_IMAGES / scan).toFixed(1)} images/s; ` +
      `decode-and-shrink baseline ${(N_IMAGES / decode).toFixed(1)} images/s; scan takes ${(scan / decode).toFixed(2)}x the baseline time`);

    const base: { id: string; text: string }[] = JSON.parse(readFileSync("data/curation/texts.json", "utf8")).docs;
    const docs = Array.from({ length: 8 }, (_, k) => base.map((d) => ({ id: `${d.id}-${k}`, text: `${d.text} (copy ${k})` }))).flat();
    const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
    findTextIssues(docs.slice(0, 50)); // warm up
    const [, gz] = await time(() => docs.forEach((d) => gzipSync(d.text)));
    const [, textScan] = await time(() => findTextIssues(docs));
    console.log(`text: ${docs.length} documents, ${mb.toFixed(2)} MB, full scan ${(mb / textScan).toFixed(2)} MB/s; ` +
      `gzip-only baseline ${(mb / gz).toFixed(2)} MB/s; scan takes ${(textScan / gz).toFixed(2)}x the baseline time`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
