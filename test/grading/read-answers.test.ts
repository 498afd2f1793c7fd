import { test } from "node:test";
import assert from "node:assert/strict";
import { readAnswers } from "../../lib/grading/read-answers";
import { detectLab, redefinesCheck } from "../../lib/grading/detect-lab";
import type { Notebook } from "../../lib/runner/notebook";

test("the last recorded answer per check wins and malformed records are counted, not trusted", () => {
  const records = [{ type: "answer", id: "0.1", answer: "x" }, "garbage", { id: "0.1", answer: "y" }, { id: "0.2", unserializable: "cycle" }, { answer: 3 }, null, { id: "0.3" }];
  const { answers, unserializable, badLines } = readAnswers(records);
  assert.equal(answers.get("0.1"), "y");
  assert.equal(unserializable.get("0.2"), "cycle");
  assert.equal(badLines, 4);
  assert.equal(readAnswers([]).answers.size, 0);
});

const nb = (source: string, lab?: string): Notebook => ({
  cells: [{ cell_type: "code", source, metadata: {} }], metadata: lab ? { uyd: { lab } } : {}, nbformat: 4, nbformat_minor: 4,
});

test("a notebook's lab comes from its metadata, else from its check calls", () => {
  assert.equal(detectLab(nb("", "00-welcome")), "00-welcome");
  assert.equal(detectLab(nb('check("0.2", n)')), "00-welcome");
  assert.equal(detectLab(nb("console.log(1)")), undefined);
});

test("a notebook that defines its own check is noticed, one that only calls it is not", () => {
  assert.ok(redefinesCheck(nb("const check = (a: any, b: any) => {};")));
  assert.ok(redefinesCheck(nb("function check(id, a) {}")));
  assert.ok(!redefinesCheck(nb('check("0.1", x);\nconst checked = 1;')));
});
