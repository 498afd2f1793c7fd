import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";
import type { GradeRow } from "../../lib/grading/grade-submission";
import { expectations, writeBrokenSubmissions } from "./broken-submissions";

test("npm run grade gives every broken submission a row with its reason and grades the good ones right", { timeout: 400_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "uyd-subs-"));
  const subs = join(dir, "submissions");
  const out = join(dir, "grades");
  writeBrokenSubmissions(subs);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(projectRoot(), "bin", "grade.ts"), subs, "--out", out, "--timeout", "90", "--memory", "600"],
    { cwd: projectRoot(), encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const rows = JSON.parse(readFileSync(join(out, "grades.json"), "utf8")) as GradeRow[];
  assert.deepEqual(rows.map((row) => row.learner).sort(), Object.keys(expectations).sort());
  for (const row of rows) {
    const want = expectations[row.learner];
    const said = [row.reason, ...row.problems, ...row.checks.map((c) => c.message)].join("\n");
    assert.equal(row.status, want.status, `${row.learner}: status (${said})`);
    assert.equal(row.points, want.points, `${row.learner}: points (${said})`);
    assert.match(said, want.says, `${row.learner}: reason`);
    assert.equal(row.maxPoints, 2);
  }
  const csv = readFileSync(join(out, "grades.csv"), "utf8").trim().split("\n");
  assert.equal(csv.length, rows.length + 1);
  assert.match(csv[0], /^learner,file,lab,status,points,max_points,0\.1,0\.2,/);
  assert.equal(readdirSync(join(out, "feedback")).length, rows.length);
  assert.match(readFileSync(join(out, "feedback", "untouched.md"), "utf8"), /\*\*0 \/ 2 points\*\*[\s\S]*✘ 0\/1/);
  assert.ok(!existsSync(join(subs, "grades.csv")), "nothing is written next to the submissions");
});
