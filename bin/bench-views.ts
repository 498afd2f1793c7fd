// npm run bench -- --only views
// Views (lib/views) against the plain-array baseline in the same run: building a
// 10,000-row view (match + sortBy on an expression + filterLabels) on synthetic
// predictions vs filtering and sorting the same rows with Array methods; then the
// detector's throughput on the lab 04 set against decoding the same images with sharp.
import sharp from "sharp";
import { resolve } from "node:path";
import { projectRoot } from "../lib/data/project-root";
import { seededRandom } from "../lib/llm-text/seeded-random";
import { detectObjects } from "../lib/models/detect-objects";
import { DatasetView } from "../lib/views/dataset-view";
import { loadPredictionsSet } from "../lib/views/load-predictions-set";
import { maxScore } from "../lib/views/max-score";
import type { ObjectLabel, SampleRow } from "../lib/views/view-types";

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => unknown, runs = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); fn(); ms.push(performance.now() - t); }
  return median(ms);
}

function syntheticRows(n: number): SampleRow[] {
  const rand = seededRandom(4);
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`, filepath: `img/${i}.jpg`, width: 640, height: 480, bytes: 50000, mime: "image/jpeg", channels: 3, tags: [],
    label: rand() < 0.3 ? "person" : "none",
    predictions: Array.from({ length: Math.floor(rand() * 8) }, (_, k): ObjectLabel => ({ id: `p${k}`, label: rand() < 0.6 ? "person" : "car", score: rand(), box: [rand() * 0.5, rand() * 0.5, 0.2, 0.3] })),
  }));
}

async function main(): Promise<void> {
  const rows = syntheticRows(10_000);
  const ds = DatasetView.fromRows(rows);
  const viewMs = time(() => ds.match((r) => r.label === "person").sortBy((r) => maxScore(r.predictions, "person")).filterLabels("predictions", (p) => (p.score ?? 0) >= 0.3).ids());
  const plainMs = time(() => rows.filter((r) => r.label === "person")
    .map((r) => ({ r, k: maxScore(r.predictions, "person") })).sort((a, b) => a.k - b.k)
    .map(({ r }) => ({ ...r, predictions: (r.predictions as ObjectLabel[]).filter((p) => (p.score ?? 0) >= 0.3) }))
    .filter((r) => r.predictions.length > 0).map((r) => r.id));
  console.log(`views: match + sortBy(max person score) + filterLabels on 10,000 rows: view ${viewMs.toFixed(1)} ms, plain arrays ${plainMs.toFixed(1)} ms (median of 7); the view takes ${(viewMs / plainMs).toFixed(1)}x the plain-array time`);

  const paths = loadPredictionsSet().dataset.values<string>("filepath").map((p) => resolve(projectRoot(), p));
  let t = performance.now();
  for (const p of paths) await sharp(p).resize(512, 512, { fit: "fill" }).raw().toBuffer();
  const decodeS = (performance.now() - t) / 1000;
  await detectObjects(paths.slice(0, 2)); // load the model first
  t = performance.now();
  await detectObjects(paths, { minScore: 0.05, labels: ["person"] });
  const detectS = (performance.now() - t) / 1000;
  console.log(`views: detector on the lab 04 set (${paths.length} images): ${(paths.length / detectS).toFixed(1)} images/s; decoding and resizing them to 512x512 alone: ${(paths.length / decodeS).toFixed(0)} images/s; detection costs ${(detectS / decodeS).toFixed(0)}x the decode`);
}

main().catch((err) => { console.error(err); process.exit(1); });
