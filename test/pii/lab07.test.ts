import { test } from "node:test";
import assert from "node:assert/strict";
import { lab07 } from "../../lib/checks/lab07";
import { cases } from "../../lib/checks/lab07.cases";

// The right and wrong answers of every check are in lib/checks/lab07.cases.ts (run by
// test/checks/check-cases.test.ts); here: the shape of the lab's checks and their hints.
const judge = (id: string, answer: unknown) => lab07.checks[id].judge(answer);
const value = (a: unknown) => (typeof a === "function" ? (a as () => unknown)() : a);

test("lab 07 has four checks with ids 7.1 to 7.4 and a prepare step", () => {
  assert.equal(lab07.lab, "07-pii");
  assert.deepEqual(Object.keys(lab07.checks), ["7.1", "7.2", "7.3", "7.4"]);
  assert.equal(typeof lab07.prepare, "function");
  lab07.prepare!();
});

test("the hints name the mistake a wrong answer makes", () => {
  const wrong = (id: string, why: string) => value(cases[id].wrong.find((c) => c.why === why)!.answer);
  assert.match(judge("7.2", wrong("7.2", "F1 instead of F2")).message, /That is F1/);
  assert.match(judge("7.2", wrong("7.2", "recall alone")).message, /precision or (its )?recall alone/);
  assert.match(judge("7.2", wrong("7.2", "detectPII's F2, not the baseline's")).message, /detectPII's score/);
  assert.match(judge("7.2", wrong("7.2", "precision alone")).message, /precision or its recall alone, not F2/);
  assert.match(judge("7.2", wrong("7.2", "the neighbouring locale (de)")).message, /another set of documents/);
  assert.match(judge("7.3", "IBAN").message, /predicts no IBAN/);
  assert.match(judge("7.3", wrong("7.3", "the answer on the first corpus (the table on screen)")).message, /first corpus/);
  assert.match(judge("7.4", wrong("7.4", "the labelled spans of the invoices")).message, /labelled spans/);
  assert.match(judge("7.4", wrong("7.4", "detectPII's matches in one pass")).message, /one pass/);
  assert.match(judge("7.1", wrong("7.1", "adds the Luhn-valid order number")).message, /passes Luhn but is not a card/);
  for (const id of ["7.2", "7.3", "7.4"]) {
    for (const c of cases[id].wrong) assert.doesNotMatch(judge(id, value(c.answer)).message, /too (low|high|far)|evaluatePII\(|redact each|\.filter\(/, `${id}: ${c.why}`);
  }
});
