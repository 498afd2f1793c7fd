// Scores every safe-subset image with the bundled nsfwjs port and writes
// data/filtering/nsfw-scores.json, which lab 08's checks read (judges are synchronous and
// cannot run the model). test/filtering/nsfw-scores-file.test.ts re-scores a sample and
// compares. Run: npx tsx data/filtering/make-scores.ts
import { writeFileSync } from "node:fs";
import { loadSafeSubsets } from "../../lib/filtering/load-safe-subsets";
import { nsfwScores } from "../../lib/models/nsfw-scores";

async function main(): Promise<void> {
  const rows: Array<{ subset: string; name: string; scores: Record<string, number> }> = [];
  for (const [subset, images] of Object.entries(loadSafeSubsets())) {
    const scored = await nsfwScores(images.map((i) => i.path));
    scored.forEach((r, i) => {
      if (!r.ok) throw new Error(`${images[i].name}: ${r.error}`);
      rows.push({ subset, name: images[i].name, scores: Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, Number(v.toFixed(6))])) });
    });
  }
  writeFileSync("data/filtering/nsfw-scores.json", `${JSON.stringify({ model: "nsfw-classifier (nsfwjs 4.3 MobileNetV2Mid, bundled ONNX port; nsfwjs preprocessing: /255, resizeBilinear alignCorners to 224x224)", rows }, null, 1)}\n`);
}

main();
