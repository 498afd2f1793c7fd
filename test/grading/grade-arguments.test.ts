import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { judgeAnswer } from "../../lib/checks/judge-answer";
import { registry } from "../../lib/checks/registry";
import { projectRoot } from "../../lib/data/project-root";
import { pinWorkshopData } from "../../lib/grading/pin-workshop-data";
import { findSubmissions } from "../../lib/grading/find-submissions";
import { feedbackFileStem, renderFeedback } from "../../lib/grading/write-grade-sheet";
import { parseNotebook } from "../../lib/runner/notebook";

const grade = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(projectRoot(), "bin", "grade.ts"), ...args], { encoding: "utf8" });

test("grade refuses bad arguments with a usage error naming the option, before running anything", () => {
  const dir = mkdtempSync(join(tmpdir(), "uyd-args-"));
  for (const [args, says] of [
    [["--timeout", "2m"], /--timeout takes a number of seconds from 1 to 86400, got '2m'/],
    [["--jobs", "0"], /--jobs takes a whole number of notebooks at a time from 1 to 64, got '0'/],
    [["--memory", "lots"], /--memory takes a whole number of MB/],
    [["--isolation", "none"], /--isolation is auto, user, bwrap or copy, got 'none'/],
    [["--frobnicate"], /Unknown option '--frobnicate'/],
  ] as [string[], RegExp][]) {
    const r = grade(dir, ...args);
    assert.equal(r.status, 2, args.join(" "));
    assert.match(r.stderr, says);
    assert.match(r.stderr, /^Usage: npm run grade --/m);
  }
  assert.match(grade().stderr, /Give the folder of submitted notebooks/);
});

test("learner ids that differ only in spaces, underscores or folders get different feedback files", () => {
  const stems = ["collide a", "collide_a", "collide/a", "collide-a", "Collide a", ".hidden"].map(feedbackFileStem);
  assert.equal(new Set(stems).size, stems.length);
  assert.deepEqual(stems.slice(0, 3), ["collide_20a", "collide_5fa", "collide_2fa"]);
  assert.ok(stems.every((s) => /^[\w.-]+$/.test(s) && !s.startsWith(".")));
});

test("old and hand-edited notebooks are refused with the format they really have", () => {
  assert.throws(() => parseNotebook(JSON.stringify({ nbformat: 3, worksheets: [] }), "old.ipynb"), /old\.ipynb is nbformat 3; the workshop reads nbformat 4/);
  assert.throws(() => parseNotebook(JSON.stringify({ nbformat: "4", cells: [] }), "s.ipynb"), /gives its nbformat as "4" \(a string\), where Jupyter writes the number 4/);
  assert.throws(() => parseNotebook(JSON.stringify({ hello: 1 }), "h.ipynb"), /no "cells" list/);
  assert.throws(() => parseNotebook("[1]", "l.ipynb"), /not a Jupyter notebook \(it is a list\)/);
});

test("symbolic links to notebooks and folders are followed, loops read once, and a dangling link is listed with its problem", () => {
  const dir = mkdtempSync(join(tmpdir(), "uyd-links-"));
  mkdirSync(join(dir, "ada"));
  writeFileSync(join(dir, "ada", "lab.ipynb"), "{}");
  symlinkSync(join(dir, "ada", "lab.ipynb"), join(dir, "bob.ipynb"));
  symlinkSync("nowhere.ipynb", join(dir, "cy.ipynb"));
  symlinkSync(dir, join(dir, "ada", "loop"));
  const found = findSubmissions(dir);
  assert.deepEqual(found.map((s) => s.learner), ["ada/lab", "bob", "cy"]);
  assert.equal(found[1].problem, undefined);
  assert.match(found[2].problem!, /symbolic link to a file that does not exist/);
});

test("feedback says the grader, unlike Run All, went on after a failed cell", () => {
  const text = renderFeedback({ learner: "ada", file: "ada.ipynb", lab: "00-welcome", status: "graded", points: 0, maxPoints: 0, checks: [], problems: ["cell 3 failed: x"], reason: "r", seconds: 1, isolation: "user" });
  assert.match(text, /unlike Run All in Jupyter, went on after a failed cell/);
});

test("after prepare, a warm-up call and pinning data/, no verdict changes when the workshop's data is rewritten", () => {
  const probes = [null, 0, 1, 2, 3, -1, "", "photos/nagasaki-boats", [], ["a"], {}, { a: 1 }];
  const data = join(projectRoot(), "data");
  const manifest = JSON.parse(fs.readFileSync(join(data, "photos", "manifest.json"), "utf8")).photos as { name: string; width: number; height: number }[];
  const widest = manifest.reduce((a, b) => (b.width / b.height > a.width / a.height ? b : a)).name;
  // A layer under everything that, once `tampered` is set, shows every data file rewritten
  // (sizes swapped in the manifest, empty truth files, empty folders): what a submission
  // or a later edit could do to the files on disk.
  let tampered = false;
  const saved = { readFileSync: fs.readFileSync, readdirSync: fs.readdirSync };
  const under = (p: unknown) => String(p).startsWith(data) || String(p).startsWith("data/");
  const swapped = JSON.stringify({ photos: manifest.map((p) => ({ ...p, width: p.height, height: p.width })) });
  (fs as any).readFileSync = (p: any, ...rest: any[]) => (tampered && under(p) ? (String(p).endsWith("manifest.json") ? swapped : "{}") : (saved.readFileSync as any)(p, ...rest));
  (fs as any).readdirSync = (p: any, ...rest: any[]) => (tampered && under(p) ? [] : (saved.readdirSync as any)(p, ...rest));
  const layerRead = fs.readFileSync as (p: string, e: string) => string;
  const unpin = pinWorkshopData(projectRoot());
  try {
    for (const lab of registry) {
      lab.prepare?.();
      for (const id of Object.keys(lab.checks)) judgeAnswer(id, null);
    }
    const verdicts = () => registry.flatMap((lab) => Object.keys(lab.checks).flatMap((id) => [...probes, widest].map((p) => `${id} ${JSON.stringify(p)}: ${JSON.stringify(judgeAnswer(id, p))}`)));
    const pristine = verdicts();
    assert.ok(pristine.some((v) => v.startsWith(`0.1 "${widest}"`) && v.includes('"passed":true')));
    tampered = true;
    assert.equal(layerRead(join(data, "photos", "manifest.json"), "utf8"), swapped, "the files on disk now look rewritten");
    assert.deepEqual(verdicts(), pristine);
  } finally {
    unpin();
    Object.assign(fs, saved);
  }
});
