import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { findTextIssues } from "../../lib/curation/find-text-issues";
import { evaluateIssues, type PlantedSample } from "../../lib/curation/evaluate-issues";

const docs: { id: string; text: string }[] = JSON.parse(readFileSync("data/curation/texts.json", "utf8")).docs;
const truth: PlantedSample[] = JSON.parse(readFileSync("data/curation/texts-truth.json", "utf8")).samples;

test("on the held-out half clear planted text defects are found (at most one miss per type) and flags are mostly right; borderline cases may be missed", () => {
  const rows = findTextIssues(docs);
  const report = evaluateIssues(rows, truth, { split: "test" });
  const clearRows = evaluateIssues(rows, truth.filter((s) => !/borderline/.test((s as PlantedSample & { recipe?: string }).recipe ?? "")), { split: "test" });
  const clear = report.map((r) => clearRows.find((c) => c.type === r.type)!);
  const lines = report.map((r, i) =>
    `${r.type.padEnd(15)} planted ${String(r.planted).padStart(2)}  flagged ${String(r.flagged).padStart(2)}  precision ${r.precision.toFixed(2)}  recall ${r.recall.toFixed(2)}  (clear cases: recall ${clear[i].recall.toFixed(2)})`);
  console.log(["texts, test split:", ...lines].join("\n"));
  assert.equal(report.length, 7, "seven planted defect types");
  for (const [i, r] of report.entries()) {
    assert.ok(r.planted >= 6, `${r.type}: at least 6 planted documents in the test half`);
    assert.ok(clear[i].recall >= 0.75, `${r.type}: clear planted documents flagged: recall ${clear[i].recall.toFixed(2)}`);
    assert.ok(r.precision >= 0.8, `${r.type}: precision ${r.precision.toFixed(2)}`);
  }
});
