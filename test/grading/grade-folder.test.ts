import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../../lib/data/project-root";
import type { GradeRow } from "../../lib/grading/grade-submission";
import { chooseIsolation } from "../../lib/grading/isolation";
import { expectations, writeBrokenSubmissions } from "./broken-submissions";
import { hostileExpectations, SLEEP_MARKS, writeHostileSubmissions } from "./hostile-submissions";

const root = projectRoot();

/** What must not change while grading: lib, data, and (with git) the work tree's status. */
function workshopState(extra: string[]): string {
  const files = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))).sort();
  const hash = (f: string) => createHash("sha256").update(readFileSync(join(root, f))).digest("hex").slice(0, 16);
  const git = spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: root, encoding: "utf8" });
  return [git.status === 0 ? git.stdout : "(no git)", ...[...files("lib"), ...files("data"), ...extra].map((f) => `${f} ${hash(f)}`)].join("\n");
}

/** Processes the graded notebooks may have left: their sleeps, the grader's per-submission users, workers. */
function leftovers(): string[] {
  const found: string[] = [];
  for (const p of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    let cmd = "";
    let uid = -1;
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      // A zombie is dead already: only its exit status waits for a parent (in a container,
      // pid 1 may never collect the orphans' ones).
      if (/^State:\s+Z/m.test(status)) continue;
      cmd = readFileSync(`/proc/${p}/cmdline`, "latin1").split("\0").join(" ");
      uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
    } catch { continue; }
    if (SLEEP_MARKS.some((m) => cmd.includes(m)) || uid >= 1_900_000_000 || /uyd-sub-/.test(cmd)) found.push(`${p} (uid ${uid}): ${cmd}`);
  }
  return found;
}

/** Seconds per notebook: 45 fits CI; a machine loaded by other work may need UYD_TEST_GRADE_TIMEOUT=120. */
const TIMEOUT = process.env.UYD_TEST_GRADE_TIMEOUT ?? "45";

function grade(subs: string, out: string, jobs: number) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "bin", "grade.ts"), subs, "--out", out, "--timeout", TIMEOUT, "--memory", "600", "--jobs", String(jobs)],
    { cwd: root, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(readFileSync(join(out, "grades.json"), "utf8")) as GradeRow[];
}

const comparable = (rows: GradeRow[]) => rows.map((r) => ({ learner: r.learner, status: r.status, points: r.points, checks: r.checks, problems: r.problems, reason: r.reason }));

const isolation = chooseIsolation();

test("broken and hostile submissions each get their row, cannot touch the workshop or each other, leave nothing running, and grade the same with --jobs 2 as with --jobs 1",
  { timeout: 900_000, skip: isolation.kind === "copy" ? "needs root or bubblewrap: hostile submissions would write the workshop under copy isolation" : false }, () => {
    // Kept inside the workshop folder (gitignored .scratch/), where a careless instructor might keep them.
    mkdirSync(join(root, ".scratch"), { recursive: true });
    const dir = mkdtempSync(join(root, ".scratch", "grading-test-"));
    try {
      const subs = join(dir, "submissions");
      writeBrokenSubmissions(subs);
      writeHostileSubmissions(subs);
      const subFiles = readdirSync(subs, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
      const before = workshopState(subFiles);
      const want = { ...expectations, ...hostileExpectations };

      const rows2 = grade(subs, join(dir, "grades2"), 2);
      assert.deepEqual(leftovers(), [], "nothing of the graded notebooks is left running after --jobs 2");
      const rows1 = grade(subs, join(dir, "grades1"), 1);
      assert.deepEqual(leftovers(), [], "nothing is left running after --jobs 1");
      assert.equal(workshopState(subFiles), before, "lib, data, the submissions and git status are unchanged");

      assert.deepEqual(rows2.map((r) => r.learner).sort(), Object.keys(want).sort());
      for (const row of rows2) {
        const w = want[row.learner];
        const said = [row.reason, ...row.problems, ...row.checks.map((c) => c.message)].join("\n");
        assert.equal(row.status, w.status, `${row.learner}: status (${said})`);
        assert.equal(row.points, w.points, `${row.learner}: points (${said})`);
        assert.match(said, w.says, `${row.learner}: reason`);
        assert.equal(row.maxPoints, 2);
        if (row.status !== "invalid" && row.status !== "wrong-lab") assert.equal(row.isolation, isolation.kind);
      }
      assert.deepEqual(comparable(rows1), comparable(rows2), "the same rows with --jobs 1 and --jobs 2");

      const out = join(dir, "grades2");
      const csv = readFileSync(join(out, "grades.csv"), "utf8").trim().split("\n");
      assert.equal(csv.length, rows2.length + 1);
      assert.match(csv[0], /^learner,file,lab,status,points,max_points,0\.1,0\.2,seconds,isolation,/);
      const feedback = readdirSync(join(out, "feedback"));
      assert.equal(feedback.length, rows2.length, "one feedback file per learner, even for ids that differ only in punctuation");
      assert.match(readFileSync(join(out, "feedback", "untouched.md"), "utf8"), /\*\*0 \/ 2 points\*\*[\s\S]*✘ 0\/1[\s\S]*went on after a failed cell/);
      assert.ok(!existsSync(join(subs, "grades.csv")), "nothing is written next to the submissions");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
