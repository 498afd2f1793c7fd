// npm run grade -- <folder> [--lab 00] [--out DIR] [--timeout SECONDS] [--memory MB] [--jobs N] [--isolation auto|user|bwrap|copy]
// Grades every submitted notebook in <folder>. Before the first submission runs, data/ is
// snapshotted into this process (pinWorkshopData), the lab's judges read everything they
// need (LabChecks.prepare, then one warm-up call per check) and lib is compiled once. Each submission then runs isolated (its own copy of
// the workshop, its own process group, its own user as root or bubblewrap otherwise),
// its answers come back over IPC and are judged here. The grade sheet (grades.csv,
// grades.json, feedback/<learner>.md) is rewritten after every row.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { judgeAnswer } from "../lib/checks/judge-answer";
import { labChecks } from "../lib/checks/registry";
import { projectRoot } from "../lib/data/project-root";
import { progress } from "../lib/display/progress";
import { isWorkshopError } from "../lib/errors/workshop-error";
import { detectLab } from "../lib/grading/detect-lab";
import { findSubmissions } from "../lib/grading/find-submissions";
import { gradeSubmission, type GradeRow } from "../lib/grading/grade-submission";
import { chooseIsolation, type IsolationKind } from "../lib/grading/isolation";
import { pinWorkshopData } from "../lib/grading/pin-workshop-data";
import { writeGradeSheet } from "../lib/grading/write-grade-sheet";
import { parseNotebook } from "../lib/runner/notebook";
import { killActiveRuns } from "../lib/runner/run-notebook";

const USAGE = "Usage: npm run grade -- <folder of submitted notebooks> [--lab 00] [--out DIR] [--timeout SECONDS] [--memory MB] [--jobs N] [--isolation auto|user|bwrap|copy]";

class UsageError extends Error {}

/** A whole number or decimal within [min, max], or a usage error naming the option. */
function numberOption(name: string, text: string, unit: string, min: number, max: number, integer = false): number {
  const n = /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} takes ${integer ? "a whole number" : "a number"} of ${unit} from ${min} to ${max}, got '${text}'.`);
  }
  return n;
}

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

/** Reads and computes everything the lab's judges need, now, from the pristine workshop. */
function prepareJudges(lab: string): void {
  const checks = labChecks(lab)!;
  // Safeguard that does not depend on prepare(): this process reads data/ from a snapshot taken now.
  pinWorkshopData(projectRoot());
  checks.prepare?.();
  // Safeguard for labs without prepare(): one call per judge makes lazy loaders read their files now.
  for (const id of Object.keys(checks.checks)) judgeAnswer(id, null);
}

function libBuild(): string | undefined {
  const cache = require(join(projectRoot(), "jupyter", "kernels", "uyd-typescript", "lib-cache.js"));
  return cache.ensureLibBuild(projectRoot(), (msg: string) => console.error(msg))?.dir;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        lab: { type: "string" }, out: { type: "string" },
        timeout: { type: "string", default: "120" }, memory: { type: "string", default: "1024" },
        jobs: { type: "string", default: String(Math.max(1, Math.min(2, availableParallelism()))) },
        isolation: { type: "string", default: "auto" },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `Give one folder, got ${positionals.length}: ${positionals.join(" ")}.` : "Give the folder of submitted notebooks.");
  const timeoutMs = numberOption("timeout", values.timeout!, "seconds", 1, 86_400) * 1000;
  const memoryMb = numberOption("memory", values.memory!, "MB", 64, 65_536, true);
  const jobs = numberOption("jobs", values.jobs!, "notebooks at a time", 1, 64, true);
  if (!["auto", "user", "bwrap", "copy"].includes(values.isolation!)) throw new UsageError(`--isolation is auto, user, bwrap or copy, got '${values.isolation}'.`);
  const isolation = chooseIsolation(values.isolation as IsolationKind | "auto");

  const folder = positionals[0];
  const subs = findSubmissions(folder);
  if (subs.length === 0) { console.error(`No .ipynb files in ${folder}.`); return 2; }
  const lab = values.lab ? labChecks(values.lab)?.lab : majorityLab(subs.filter((s) => !s.problem).map((s) => s.path));
  if (!lab) {
    console.error(values.lab ? `There is no lab '${values.lab}' with graded checks.` : "Could not tell which lab these are; pass --lab (e.g. --lab 00).");
    return 2;
  }
  const outDir = values.out ?? join("out", "grades", basename(folder.replace(/\/+$/, "")) || "submissions");
  prepareJudges(lab);
  const build = libBuild();
  console.error(`Grading ${subs.length} notebook(s) for lab ${lab}, ${jobs} at a time; isolation: ${isolation.kind} (${isolation.description}).`);
  const bar = progress(subs.length, { label: "graded" });
  const rows: (GradeRow | undefined)[] = new Array(subs.length).fill(undefined);
  const written = () => writeGradeSheet(rows.filter((r): r is GradeRow => r !== undefined), outDir);
  written();
  let next = 0;
  const worker = async () => {
    while (next < subs.length) {
      const i = next++;
      const sub = subs[i];
      rows[i] = sub.problem
        ? { learner: sub.learner, file: sub.path, lab, status: "invalid", points: 0, maxPoints: Object.values(labChecks(lab)!.checks).reduce((s, c) => s + (c.points ?? 1), 0),
          checks: Object.entries(labChecks(lab)!.checks).map(([id, c]) => ({ id, passed: false, points: 0, maxPoints: c.points ?? 1, message: "Not graded: the file cannot be read." })),
          problems: [], reason: sub.problem, seconds: 0, isolation: "none" }
        : await gradeSubmission(sub.path, lab, sub.learner, { timeoutMs, memoryMb, isolation, slot: i, libBuild: build });
      written();
      bar.tick();
    }
  };
  // Stopped from outside: the rows so far are on disk already; nothing the notebooks started may outlive the grader.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => { killActiveRuns(); console.error(`\nStopped by ${signal}: ${rows.filter(Boolean).length} row(s) are in ${outDir}.`); process.exit(130); });
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: jobs }, worker));
  bar.done();
  const { csv, json, feedbackDir } = written();
  for (const r of rows as GradeRow[]) console.log(`${r.status.padEnd(9)} ${String(r.points).padStart(3)}/${r.maxPoints}  ${r.learner}: ${r.reason}`);
  console.log(`\nGraded ${rows.length} in ${((performance.now() - started) / 1000).toFixed(1)} s (isolation: ${isolation.kind}). Wrote ${csv}, ${json} and ${feedbackDir}/`);
  return 0;
}

main().then((code) => process.exit(code), (err) => {
  if (err instanceof UsageError) console.error(`${err.message}\n${USAGE}`);
  else console.error(isWorkshopError(err) ? err.message : err);
  process.exit(2);
});
