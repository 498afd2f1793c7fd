// npm run grade -- <folder> [--lab 00] [--out DIR] [--timeout SECONDS] [--memory MB] [--jobs N]
// Grades every submitted notebook in <folder>: each runs in its own process with a
// time and memory limit; answers are judged outside it. Writes grades.csv,
// grades.json and feedback/<learner>.md. Never stops on a broken submission.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { labChecks } from "../lib/checks/registry";
import { progress } from "../lib/display/progress";
import { isWorkshopError } from "../lib/errors/workshop-error";
import { detectLab } from "../lib/grading/detect-lab";
import { findSubmissions } from "../lib/grading/find-submissions";
import { gradeSubmission, type GradeRow } from "../lib/grading/grade-submission";
import { writeGradeSheet } from "../lib/grading/write-grade-sheet";
import { parseNotebook } from "../lib/runner/notebook";

function majorityLab(paths: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of paths) {
    try {
      const lab = detectLab(parseNotebook(readFileSync(p, "utf8")));
      if (lab) counts.set(lab, (counts.get(lab) ?? 0) + 1);
    } catch { /* unreadable ones get their own row later */ }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lab: { type: "string" }, out: { type: "string" },
      timeout: { type: "string", default: "120" }, memory: { type: "string", default: "1024" },
      jobs: { type: "string", default: String(Math.max(1, Math.min(2, availableParallelism()))) },
    },
  });
  if (positionals.length !== 1) {
    console.error("Usage: npm run grade -- <folder of submitted notebooks> [--lab 00] [--out DIR] [--timeout 120] [--memory 1024] [--jobs 2]");
    return 2;
  }
  const folder = positionals[0];
  const subs = findSubmissions(folder);
  if (subs.length === 0) { console.error(`No .ipynb files in ${folder}.`); return 2; }
  const lab = values.lab ? labChecks(values.lab)?.lab : majorityLab(subs.map((s) => s.path));
  if (!lab) {
    console.error(values.lab ? `There is no lab '${values.lab}' with graded checks.` : "Could not tell which lab these are; pass --lab (e.g. --lab 00).");
    return 2;
  }
  const outDir = values.out ?? join("out", "grades", basename(folder.replace(/\/+$/, "")) || "submissions");
  console.error(`Grading ${subs.length} notebook(s) for lab ${lab}, ${values.jobs} at a time…`);
  const bar = progress(subs.length, { label: "graded" });
  const rows: GradeRow[] = new Array(subs.length);
  let next = 0;
  const worker = async () => {
    while (next < subs.length) {
      const i = next++;
      rows[i] = await gradeSubmission(subs[i].path, lab, subs[i].learner, { timeoutMs: Number(values.timeout) * 1000, memoryMb: Number(values.memory) });
      bar.tick();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Number(values.jobs) }, worker));
  bar.done();
  const { csv, json, feedbackDir } = writeGradeSheet(rows, outDir);
  for (const r of rows) console.log(`${r.status.padEnd(9)} ${String(r.points).padStart(3)}/${r.maxPoints}  ${r.learner}: ${r.reason}`);
  console.log(`\nGraded ${rows.length} in ${((performance.now() - started) / 1000).toFixed(1)} s. Wrote ${csv}, ${json} and ${feedbackDir}/`);
  return 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(isWorkshopError(err) ? err.message : err);
  process.exit(2);
});
