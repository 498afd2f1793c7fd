import { readFileSync } from "node:fs";
import { judgeAnswer } from "../checks/judge-answer";
import { labChecks } from "../checks/registry";
import type { CheckResult } from "../checks/types";
import { projectRoot } from "../data/project-root";
import { isWorkshopError } from "../errors/workshop-error";
import { parseNotebook, type Notebook } from "../runner/notebook";
import { cellErrorText } from "../runner/cell-error-text";
import { runNotebook } from "../runner/run-notebook";
import { detectLab, redefinesCheck } from "./detect-lab";
import { chooseIsolation, type Isolation } from "./isolation";
import { makeWorkshopView } from "./make-workshop-view";
import { readAnswers } from "./read-answers";

/** One learner's line on the grade sheet. */
export interface GradeRow {
  learner: string;
  file: string;
  lab: string;
  /** graded: it ran to the end; timeout/crashed: partly run, answers so far count; invalid/wrong-lab: not run; error: the grader could not handle it. */
  status: "graded" | "timeout" | "crashed" | "invalid" | "wrong-lab" | "error";
  points: number;
  maxPoints: number;
  checks: CheckResult[];
  /** What went wrong while running, one line each (failed cells, time-outs, tampering). */
  problems: string[];
  /** The row's status in one sentence. */
  reason: string;
  seconds: number;
  /** How the submission was kept apart (see lib/grading/isolation.ts); "none" when it did not run. */
  isolation: Isolation["kind"] | "none";
}

export interface GradeSubmissionOptions {
  /** Time limit per notebook in ms (default 120000). */
  timeoutMs?: number;
  /** Heap limit per notebook in MB (default 1024). */
  memoryMb?: number;
  /** How to isolate the run (default: the strongest available, chooseIsolation()). */
  isolation?: Isolation;
  /** A number unique among the submissions of this grading run (gives each its own user id; default 0). */
  slot?: number;
  /** The compiled lib to copy into the submission's workshop (ensureLibBuild's folder; default none: tslab compiles lib). */
  libBuild?: string;
}

function unrun(lab: string, why: string): CheckResult[] {
  const spec = labChecks(lab);
  return Object.entries(spec?.checks ?? {}).map(([id, c]) => ({ id, passed: false, points: 0, maxPoints: c.points ?? 1, message: `Not graded: ${why}` }));
}

/**
 * Grades one submitted notebook for `lab`: runs it isolated (its own copy of the
 * workshop, its own process group and, where possible, its own user or sandbox), with
 * limits; collects the answers its `check()` calls sent over IPC, and judges them here,
 * outside the learner's process. Never throws: every outcome, including an error of the
 * grader itself, is a row with its reason.
 *
 * @example
 * const row = await gradeSubmission("submissions/ada.ipynb", "00-welcome", "ada");
 */
export async function gradeSubmission(path: string, lab: string, learner: string, options: GradeSubmissionOptions = {}): Promise<GradeRow> {
  const { timeoutMs = 120_000, memoryMb = 1024, slot = 0, libBuild } = options;
  const started = performance.now();
  let isolation: GradeRow["isolation"] = "none";
  const row = (status: GradeRow["status"], checks: CheckResult[], problems: string[], reason: string): GradeRow => ({
    learner, file: path, lab, status, checks, problems, reason, isolation,
    points: checks.reduce((s, c) => s + c.points, 0), maxPoints: checks.reduce((s, c) => s + c.maxPoints, 0),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  });
  try {
    let nb: Notebook;
    let text: string;
    try {
      text = readFileSync(path, "utf8");
      nb = parseNotebook(text, path);
    } catch (err) {
      const why = isWorkshopError(err) ? err.message : `cannot read the file (${(err as Error).message})`;
      return row("invalid", unrun(lab, "the file is not a readable notebook."), [], why);
    }
    const found = detectLab(nb);
    if (found !== lab) {
      const why = found ? `this notebook is lab ${found}, not ${lab}.` : `nothing in this notebook says it is lab ${lab} (no lab metadata, no check calls).`;
      return row("wrong-lab", unrun(lab, why), [], `Wrong lab: ${why}`);
    }
    const how = options.isolation ?? chooseIsolation();
    isolation = how.kind;
    const view = makeWorkshopView(projectRoot(), text, how, slot, libBuild);
    try {
      const run = await runNotebook(view.notebook, { ...view.run, timeoutMs, memoryMb, continueOnError: true, stderrFails: false });
      const problems = run.cells.filter((c) => !c.ok).map((c) => `cell ${c.cell} failed: ${cellErrorText(c.outputs).split("\n")[0].slice(0, 200) || "no error text"}`);
      if (run.failure && run.status !== "failed") problems.push(`${run.status} in cell ${run.failure.cell}: ${run.failure.message}`);
      if (redefinesCheck(nb)) problems.push("the notebook defines its own `check`; only answers passed to the workshop's check() are graded.");
      if (run.killed) problems.push(`${run.killed} process(es) it started were still running at its end and were stopped.`);
      if (run.leftover.length) problems.push(`${run.leftover.length} process(es) it started could not be stopped (pids ${run.leftover.join(", ")}).`);
      const { answers, unserializable, badLines } = readAnswers(run.answers);
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
      view.remove();
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return row("error", unrun(lab, "the grader could not run this notebook."), [], `The grader could not handle this submission: ${message}`);
  }
}
