import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { judgeAnswer } from "../../lib/checks/judge-answer";
import { serializeAnswer } from "../../lib/checks/serialize-answer";
import { registry } from "../../lib/checks/registry";
import { renderCheckResult } from "../../lib/checks/check";
import { projectRoot } from "../../lib/data/project-root";

const photos = JSON.parse(readFileSync(join(projectRoot(), "data", "photos", "manifest.json"), "utf8")).photos as
  { name: string; width: number; height: number }[];

test("check 0.1 passes the photo with the largest width/height and hints at the others", () => {
  const byRatio = photos.slice().sort((a, b) => b.width / b.height - a.width / a.height);
  assert.equal(judgeAnswer("0.1", byRatio[0].name).passed, true);
  const second = judgeAnswer("0.1", byRatio[1].name);
  assert.equal(second.passed, false);
  assert.match(second.message, /another photo is wider for its height/);
  assert.match(judgeAnswer("0.1", "image.jpg").message, /not a photo sample name/);
  assert.match(judgeAnswer("0.1", "").message, /Answer with a photo.s name/);
  assert.equal(judgeAnswer("0.1", byRatio[0].name.replace("photos/", "")).passed, true, "the gallery caption names the photo too");
  assert.match(judgeAnswer("0.1", byRatio[byRatio.length - 1].name).message, /direction of your sort/);
});

test("check 0.2 passes the number of portrait photos and explains the landscape mix-up", () => {
  const portraits = photos.filter((p) => p.height > p.width).length;
  const r = judgeAnswer("0.2", portraits);
  assert.deepEqual([r.passed, r.points, r.maxPoints], [true, 1, 1]);
  assert.match(judgeAnswer("0.2", photos.length - portraits).message, /number of landscape photos/);
  assert.match(judgeAnswer("0.2", "2").message, /whole number/);
  assert.equal(judgeAnswer("0.2", portraits + 1).passed, false);
  assert.match(judgeAnswer("0.2", 0).message, /starts with/);
  assert.doesNotMatch(judgeAnswer("0.2", 0).message, /numRows|filter/, "the unfilled hint names the mistake, not the recipe");
});

test("an unknown check id and a judge that throws both fail with a reason instead of throwing", () => {
  assert.match(judgeAnswer("9.9", 1).message, /There is no check '9\.9'/);
  const lab = registry[0];
  lab.checks["0.99"] = { question: "q", judge: () => { throw new Error("boom"); } };
  try {
    assert.match(judgeAnswer("0.99", 1).message, /could not judge this answer: boom/);
  } finally {
    delete lab.checks["0.99"];
  }
});

test("answers are judged on their JSON round trip, as the grader sees them", () => {
  assert.equal(serializeAnswer(new Set(["a", "b"])), '["a","b"]');
  assert.equal(serializeAnswer(new Map([["k", 1]])), '{"k":1}');
  assert.equal(serializeAnswer(new Float32Array([1, 2])), "[1,2]");
  assert.equal(serializeAnswer(undefined), "null");
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.match(judgeAnswer("0.2", cyclic).message, /cannot be saved for grading/);
});

test("check ids are unique across labs and every lab names its file stem", () => {
  const ids = registry.flatMap((l) => Object.keys(l.checks));
  assert.equal(new Set(ids).size, ids.length);
  for (const l of registry) {
    assert.match(l.lab, /^\d\d-[a-z-]+$/);
    for (const id of Object.keys(l.checks)) assert.equal(Number(id.split(".")[0]), Number(l.lab.slice(0, 2)), id);
  }
});

test("a check result shows green when passed and amber with the hint when not", () => {
  assert.match(renderCheckResult({ id: "0.1", passed: true, points: 1, maxPoints: 1, message: "Correct" }), /✔ Passed<\/b> · check 0\.1 · Correct/);
  assert.match(renderCheckResult({ id: "0.1", passed: false, points: 0, maxPoints: 1, message: "a < b" }), /✘ Not yet[\s\S]*a &lt; b/);
});
