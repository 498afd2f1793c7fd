import { test } from "node:test";
import assert from "node:assert/strict";
import { judgeAnswer } from "../../lib/checks/judge-answer";
import { falsePositivesAt, hardNegatives, plantedInTopK } from "../../lib/checks/lab04";
import { labChecks } from "../../lib/checks/registry";

test("lab 04's checks are registered in notebook order and prepare() reads the data once", () => {
  const lab = labChecks("04")!;
  assert.equal(lab.lab, "04-predictions");
  assert.deepEqual(Object.keys(lab.checks), ["4.1", "4.2", "4.3"]);
  lab.prepare!();
});

test("hints name the mistake without giving the answer", () => {
  const right = hardNegatives();
  assert.match(judgeAnswer("4.1", right.slice().reverse()).message, /wrong order/);
  assert.match(judgeAnswer("4.1", ["skimage-astronaut", ...right.slice(1)]).message, /not labelled "none"/);
  assert.match(judgeAnswer("4.1", right.slice(0, 3)).message, /asks for 5 images; you gave 3/);
  assert.match(judgeAnswer("4.3", ["skimage-astronaut"]).message, /not planted/);
  assert.match(judgeAnswer("4.2", { threshold: 0.35, falsePositives: -1 }).message, /Not the number of false positives at threshold 0.35/);
  assert.match(judgeAnswer("4.2", 12).message, /Answer with \{threshold, falsePositives\}/);
  for (const id of ["4.1", "4.3"]) assert.doesNotMatch(judgeAnswer(id, []).message, new RegExp(right[0]));
});

test("the expected values follow the questions' definitions on the committed data", () => {
  assert.equal(hardNegatives().length, 5);
  assert.ok(plantedInTopK(117).length === 6, "every planted error is somewhere in the full ranking");
  assert.ok(falsePositivesAt(0.05) > falsePositivesAt(0.3) && falsePositivesAt(0.3) >= falsePositivesAt(0.9), "fewer false positives at a higher threshold");
});
