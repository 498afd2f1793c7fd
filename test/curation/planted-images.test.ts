import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findImageIssues } from "../../lib/curation/find-image-issues";
import { evaluateIssues, type PlantedSample } from "../../lib/curation/evaluate-issues";
import { cleanVisionBaseline } from "../../lib/curation/clean-vision-baseline";

const dir = "data/curation/images";
const truth: PlantedSample[] = JSON.parse(readFileSync("data/curation/images-truth.json", "utf8")).samples;

test("on the held-out half clear planted defects are found (at most one miss per type) and flags are mostly right; borderline cases may be missed", async () => {
  const rows = await findImageIssues(readdirSync(dir).sort().map((f) => join(dir, f)));
  const report = evaluateIssues(rows, truth, { split: "test" });
  const clearRows = evaluateIssues(rows, truth.filter((s) => !/borderline/.test((s as PlantedSample & { recipe?: string }).recipe ?? "")), { split: "test" });
  const clear = report.map((r) => clearRows.find((c) => c.type === r.type)!);
  const lines = report.map((r, i) =>
    `${r.type.padEnd(15)} planted ${String(r.planted).padStart(2)}  flagged ${String(r.flagged).padStart(2)}  precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}  (clear cases: recall ${clear[i].recall.toFixed(2)})`);
  console.log(["images, test split:", ...lines].join("\n"));
  assert.equal(report.length, 11, "eleven planted defect types");
  for (const [i, r] of report.entries()) {
    assert.ok(r.planted >= 6, `${r.type}: at least 6 planted samples in the test half`);
    assert.ok(clear[i].recall >= 0.75, `${r.type}: clear (not borderline) planted samples flagged: recall ${clear[i].recall.toFixed(2)}`);
    assert.ok(r.precision >= 0.8, `${r.type}: precision ${r.precision.toFixed(2)}`);
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
