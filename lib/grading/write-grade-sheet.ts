import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import { mkdirSync } from "node:fs";
import { writeFileAtomic } from "../data/write-file-atomic";
import { join } from "node:path";
import { labChecks } from "../checks/registry";
import type { GradeRow } from "./grade-submission";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));

/**
 * A learner id as a file name, one to one: letters, digits, "." and "-" stay, every other
 * character becomes "_" and its code in hex ("collide a" -> "collide_20a", "collide_a" ->
 * "collide_5fa", "collide/a" -> "collide_2fa"), so two learners never share a file.
 *
 * @example
 * feedbackFileStem("ada/00-welcome") // "ada_2f00-welcome"
 */
export function feedbackFileStem(learner: string): string {
  const stem = [...learner].map((ch) => (/[A-Za-z0-9.-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}`)).join("");
  return stem.startsWith(".") ? `_2e${stem.slice(1)}` : stem;
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
  lines.push("", "The grader ran every code cell from the top and, unlike Run All in Jupyter, went on after a failed cell, so answers " +
    "from later cells still count. To see it as the grader did, run `npm run grade -- <a folder with your notebook>` in the workshop " +
    "folder; Run All (or `npm run labs -- <your notebook>`) stops at the first failed cell.", "");
  return lines.join("\n");
}

/**
 * Writes grades.csv (one row per submission, one column per check), grades.json (the
 * full rows, each with the isolation its submission ran under) and feedback/<learner>.md
 * into `outDir`, each file atomically. The grader calls it after every row, so the sheet
 * on disk always holds the rows so far.
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
    seconds: r.seconds, isolation: r.isolation, reason: r.reason, problems: r.problems.join(" | "),
  }));
  const csv = join(outDir, "grades.csv");
  const json = join(outDir, "grades.json");
  writeFileAtomic(csv, aq.from(flat).toCSV() + "\n");
  writeFileAtomic(json, JSON.stringify(rows, null, 2) + "\n");
  for (const r of rows) writeFileAtomic(join(feedbackDir, `${feedbackFileStem(r.learner)}.md`), renderFeedback(r));
  return { csv, json, feedbackDir };
}
