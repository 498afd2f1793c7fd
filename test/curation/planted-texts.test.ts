import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { findTextIssues } from "../../lib/curation/find-text-issues";
import { evaluateIssues, type PlantedSample } from "../../lib/curation/evaluate-issues";

const docs: { id: string; text: string }[] = JSON.parse(readFileSync("data/curation/texts.json", "utf8")).docs;
const truth: PlantedSample[] = JSON.parse(readFileSync("data/curation/texts-truth.json", "utf8")).samples;

test("every planted text defect is found with recall >= 0.9 at precision >= 0.9 on the held-out half", () => {
  const report = evaluateIssues(findTextIssues(docs), truth, { split: "test" });
  const lines = report.map((r) =>
    `${r.type.padEnd(15)} planted ${String(r.planted).padStart(2)}  flagged ${String(r.flagged).padStart(2)}  precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}`);
  console.log(["texts, test split:", ...lines].join("\n"));
  assert.equal(report.length, 7, "seven planted defect types");
  for (const r of report) {
    assert.ok(r.planted >= 10, `${r.type}: at least 10 planted documents in the test half`);
    assert.ok(r.recall >= 0.9 && r.precision >= 0.9, `${r.type}: precision ${r.precision.toFixed(2)}, recall ${r.recall.toFixed(2)}`);
  }
});
