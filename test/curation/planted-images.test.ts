import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findImageIssues } from "../../lib/curation/find-image-issues";
import { evaluateIssues, type PlantedSample } from "../../lib/curation/evaluate-issues";
import { cleanVisionBaseline } from "../../lib/curation/clean-vision-baseline";

const dir = "data/curation/images";
const truth: PlantedSample[] = JSON.parse(readFileSync("data/curation/images-truth.json", "utf8")).samples;

test("every planted image defect is found with recall >= 0.9 at precision >= 0.9 on the held-out half", async () => {
  const rows = await findImageIssues(readdirSync(dir).sort().map((f) => join(dir, f)));
  const report = evaluateIssues(rows, truth, { split: "test" });
  const lines = report.map((r) =>
    `${r.type.padEnd(15)} planted ${String(r.planted).padStart(2)}  flagged ${String(r.flagged).padStart(2)}  precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}`);
  console.log(["images, test split:", ...lines].join("\n"));
  assert.equal(report.length, 11, "eleven planted defect types");
  for (const r of report) {
    assert.ok(r.planted >= 10, `${r.type}: at least 10 planted samples in the test half`);
    assert.ok(r.recall >= 0.9 && r.precision >= 0.9, `${r.type}: precision ${r.precision.toFixed(2)}, recall ${r.recall.toFixed(2)}`);
  }
});

test("CleanVision's default rules miss most washed-out and near-blank images that ours find", async () => {
  const paths = readdirSync(dir).sort().map((f) => join(dir, f));
  const baseline = await cleanVisionBaseline(paths);
  const rows = baseline.map((b) => ({
    path: b.path,
    flags: b.flags.map((f) => (f === "low_information" ? "lowInformation" : f)),
  }));
  const theirs = evaluateIssues(rows, truth, { split: "test", types: ["dark", "light", "lowInformation"] });
  console.log(["CleanVision defaults, test split:", ...theirs.map((r) =>
    `${r.type.padEnd(15)} precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}`)].join("\n"));
  const recall = Object.fromEntries(theirs.map((r) => [r.type, r.recall]));
  assert.ok(recall.light <= 0.5, `light recall ${recall.light}`);
  assert.ok(recall.lowInformation <= 0.7, `lowInformation recall ${recall.lowInformation}`);
});
