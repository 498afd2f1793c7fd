// Runs the bundled person detector (lib/models detectObjects via lib/views addPredictions:
// CenterNet from @vladmandic/human, converted to ONNX, person boxes scoring >= 0.05) on
// every image of the lab 04 set and writes detector-predictions.json: MODEL OUTPUTS, not
// ground truth. Lab 04's checks read this file (judges are synchronous and cannot run the
// detector); test/views/detector-predictions.test.ts re-runs the detector on the set and
// proves the file still matches it and the images it was made from (SHA-256).
//
//   npx tsx data/predictions/make-predictions.ts
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addPredictions } from "../../lib/views/add-predictions";
import { loadPredictionsSet } from "../../lib/views/load-predictions-set";

async function main(): Promise<void> {
  const { dataset, images } = loadPredictionsSet();
  const version = JSON.parse(readFileSync(join(__dirname, "..", "..", "node_modules", "@vladmandic", "human", "package.json"), "utf8")).version;
  const withPreds = await addPredictions(dataset, { cacheDir: mkdtempSync(join(tmpdir(), "uyd-preds-")) });
  const sha = new Map(images.map((i) => [i.id, i.sha256]));
  const rows = withPreds.rows().map((r) => ({
    id: r.id, sha256: sha.get(r.id),
    predictions: (r.predictions as Array<{ id: string; label: string; score: number; box: number[] }>).map((p) => ({ ...p, score: Number(p.score.toFixed(4)), box: p.box.map((v) => Number(v.toFixed(4))) })),
  }));
  const out = { about: "Model outputs of the bundled person detector on data/predictions/images (not ground truth). Made by data/predictions/make-predictions.ts.", model: `@vladmandic/human@${version} models/centernet.json`, minScore: 0.05, rows };
  writeFileSync(join(__dirname, "detector-predictions.json"), `${JSON.stringify(out)}\n`);
  process.stdout.write(`${rows.length} images, ${rows.reduce((s, r) => s + r.predictions.length, 0)} boxes\n`);
}

main().catch((err) => { process.stderr.write(`${err.stack}\n`); process.exit(1); });
