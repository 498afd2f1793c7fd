import * as aq from "arquero";
import { mkdirSync } from "node:fs";
import { writeFileAtomic } from "../data/write-file-atomic";
import { join } from "node:path";
import { labChecks } from "../checks/registry";
import type { GradeRow } from "./grade-submission";

/** A learner id made safe as a file name. */
function fileStem(learner: string): string {
  return learner.replace(/[^\w.-]+/g, "_");
}

/** The feedback a learner reads: points, each check's verdict, and what went wrong. */
export function renderFeedback(row: GradeRow): string {
  const questions = labChecks(row.lab)?.checks ?? {};
  const lines = [
    `# Feedback for ${row.learner} · lab ${row.lab}`, "",
    `**${row.points} / ${row.maxPoints} points** · ${row.reason}`, "",
    "| check | question | result | feedback |", "| --- | --- | --- | --- |",
    ...row.checks.map((c) => `| ${c.id} | ${questions[c.id]?.question ?? ""} | ${c.passed ? "✔" : "✘"} ${c.points}/${c.maxPoints} | ${c.message.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`),
  ];
  if (row.problems.length) lines.push("", "## Problems while running your notebook", "", ...row.problems.map((p) => `- ${p.replace(/\n/g, " ")}`));
  lines.push("", "To see it as the grader did: restart the kernel and Run All, or run `npm run labs -- <your notebook>` in the workshop folder.", "");
  return lines.join("\n");
}

/**
 * Writes grades.csv (one row per submission, one column per check), grades.json (the
 * full rows) and feedback/<learner>.md into `outDir`, each file atomically.
 *
 * @example
 * writeGradeSheet(rows, "out/grades");
 */
export function writeGradeSheet(rows: GradeRow[], outDir: string): { csv: string; json: string; feedbackDir: string } {
  const feedbackDir = join(outDir, "feedback");
  mkdirSync(feedbackDir, { recursive: true });
  const ids = [...new Set(rows.flatMap((r) => r.checks.map((c) => c.id)))].sort();
  const flat = rows.map((r) => ({
    learner: r.learner, file: r.file, lab: r.lab, status: r.status, points: r.points, max_points: r.maxPoints,
    ...Object.fromEntries(ids.map((id) => [id, r.checks.find((c) => c.id === id)?.points ?? 0])),
    seconds: r.seconds, reason: r.reason, problems: r.problems.join(" | "),
  }));
  const csv = join(outDir, "grades.csv");
  const json = join(outDir, "grades.json");
  writeFileAtomic(csv, aq.from(flat).toCSV() + "\n");
  writeFileAtomic(json, JSON.stringify(rows, null, 2) + "\n");
  for (const r of rows) writeFileAtomic(join(feedbackDir, `${fileStem(r.learner)}.md`), renderFeedback(r));
  return { csv, json, feedbackDir };
}
