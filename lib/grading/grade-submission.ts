import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { judgeAnswer } from "../checks/judge-answer";
import { labChecks } from "../checks/registry";
import { ANSWERS_FILE_ENV } from "../checks/record-answer";
import type { CheckResult } from "../checks/types";
import { isWorkshopError } from "../errors/workshop-error";
import { parseNotebook, type Notebook } from "../runner/notebook";
import { cellErrorText } from "../runner/cell-error-text";
import { runNotebook } from "../runner/run-notebook";
import { detectLab, redefinesCheck } from "./detect-lab";
import { readAnswers } from "./read-answers";

/** One learner's line on the grade sheet. */
export interface GradeRow {
  learner: string;
  file: string;
  lab: string;
  /** graded: it ran to the end; timeout/crashed: partly run, answers so far count; invalid/wrong-lab: not run. */
  status: "graded" | "timeout" | "crashed" | "invalid" | "wrong-lab";
  points: number;
  maxPoints: number;
  checks: CheckResult[];
  /** What went wrong while running, one line each (failed cells, time-outs, tampering). */
  problems: string[];
  /** The row's status in one sentence. */
  reason: string;
  seconds: number;
}

export interface GradeSubmissionOptions {
  /** Time limit per notebook in ms (default 120000). */
  timeoutMs?: number;
  /** Heap limit per notebook in MB (default 1024). */
  memoryMb?: number;
}

function unrun(lab: string, why: string): CheckResult[] {
  const spec = labChecks(lab);
  return Object.entries(spec?.checks ?? {}).map(([id, c]) => ({ id, passed: false, points: 0, maxPoints: c.points ?? 1, message: `Not graded: ${why}` }));
}

/**
 * Grades one submitted notebook for `lab`: runs it in its own process with limits,
 * collects the answers its `check()` calls recorded, and judges them here, outside
 * the learner's process. Never throws: every outcome is a row with its reason.
 *
 * @example
 * const row = await gradeSubmission("submissions/ada.ipynb", "00-welcome", "ada");
 */
export async function gradeSubmission(path: string, lab: string, learner: string, options: GradeSubmissionOptions = {}): Promise<GradeRow> {
  const { timeoutMs = 120_000, memoryMb = 1024 } = options;
  const started = performance.now();
  const row = (status: GradeRow["status"], checks: CheckResult[], problems: string[], reason: string): GradeRow => ({
    learner, file: path, lab, status, checks, problems, reason,
    points: checks.reduce((s, c) => s + c.points, 0), maxPoints: checks.reduce((s, c) => s + c.maxPoints, 0),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  });
  let nb: Notebook;
  try {
    nb = parseNotebook(readFileSync(path, "utf8"), path);
  } catch (err) {
    const why = isWorkshopError(err) ? err.message : `cannot read the file (${(err as Error).message})`;
    return row("invalid", unrun(lab, "the file is not a readable notebook."), [], why);
  }
  const found = detectLab(nb);
  if (found !== lab) {
    const why = found ? `this notebook is lab ${found}, not ${lab}.` : `nothing in this notebook says it is lab ${lab} (no lab metadata, no check calls).`;
    return row("wrong-lab", unrun(lab, why), [], `Wrong lab: ${why}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "uyd-grade-"));
  const answersFile = join(dir, "answers.jsonl");
  try {
    const run = await runNotebook(path, { timeoutMs, memoryMb, continueOnError: true, stderrFails: false, env: { [ANSWERS_FILE_ENV]: answersFile } });
    const problems = run.cells.filter((c) => !c.ok).map((c) => `cell ${c.cell} failed: ${cellErrorText(c.outputs).split("\n")[0].slice(0, 200) || "no error text"}`);
    if (run.failure && run.status !== "failed") problems.push(`${run.status} in cell ${run.failure.cell}: ${run.failure.message}`);
    if (redefinesCheck(nb)) problems.push("the notebook defines its own `check`; only answers passed to the workshop's check() are graded.");
    const { answers, unserializable, badLines } = readAnswers(answersFile);
    if (badLines) problems.push(`${badLines} answer record(s) were malformed and ignored.`);
    const checks = Object.entries(labChecks(lab)!.checks).map(([id, spec]): CheckResult => {
      if (answers.has(id)) return judgeAnswer(id, answers.get(id));
      const why = unserializable.has(id) ? `the answer could not be saved (${unserializable.get(id)}).`
        : `no answer was recorded: the cell with check("${id}", …) did not run to its end.`;
      return { id, passed: false, points: 0, maxPoints: spec.points ?? 1, message: `No answer: ${why}` };
    });
    const status: GradeRow["status"] = run.status === "timeout" ? "timeout" : run.status === "crashed" ? "crashed" : "graded";
    const reason = status === "graded" ? (problems.length ? `Ran to the end with ${problems.length} problem(s).` : "Ran to the end.")
      : `Stopped early (${run.failure?.message}); answers recorded before that were graded.`;
    return row(status, checks, problems, reason);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
