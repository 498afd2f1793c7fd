import { test } from "node:test";
import assert from "node:assert/strict";
import { lab07 } from "../../lib/checks/lab07";
import { cardExercise } from "../../lib/pii/card-exercise";
import { detectPII } from "../../lib/pii/detect-pii";
import { naivePII } from "../../lib/pii/naive-pii";
import { evaluatePII } from "../../lib/pii/evaluate-pii";
import { redact } from "../../lib/pii/redact";
import { loadPIICorpus } from "../../lib/pii/load-pii-corpus";

const judge = (id: string, answer: unknown) => lab07.checks[id].judge(answer);
const docs = loadPIICorpus();

test("lab 07 has four checks with ids 7.1 to 7.4", () => {
  assert.equal(lab07.lab, "07-pii");
  assert.deepEqual(Object.keys(lab07.checks), ["7.1", "7.2", "7.3", "7.4"]);
});

test("7.1 passes the valid cards in any layout and fails typos, misses and non-cards", () => {
  const { text, valid } = cardExercise();
  const reference = detectPII(text).filter((m) => m.type === "CREDIT_CARD").map((m) => m.text);
  assert.ok(judge("7.1", reference).passed, "the reference solution");
  assert.ok(judge("7.1", valid.slice().reverse()).passed, "digits only, any order");
  assert.match(judge("7.1", reference.slice(1)).message, /You found 3 of the valid cards/);
  const naive = naivePII(text).filter((m) => m.type === "CREDIT_CARD").map((m) => m.text);
  assert.match(judge("7.1", naive).message, /fail the Luhn check/);
  assert.match(judge("7.1", [...reference, "8344976331193168"]).message, /issuer prefix/);
  assert.match(judge("7.1", "4096").message, /array of strings/);
});

test("7.2 passes the F2 of the naive ZIP detector on en_US and explains F1, P or R", () => {
  const slice = docs.filter((d) => d.locale === "en_US");
  const row = evaluatePII(slice, naivePII, { types: ["ZIP_CODE"] }).rows[0];
  assert.ok(judge("7.2", row.f2).passed);
  assert.ok(row.precision < 0.9, "the slice makes the naive ZIP pattern's false alarms visible");
  const f1 = evaluatePII(slice, naivePII, { types: ["ZIP_CODE"], beta: 1 }).rows[0].f2;
  assert.match(judge("7.2", f1).message, /That is F1/);
  assert.match(judge("7.2", row.precision).message, /precision or recall alone/);
  const whole = evaluatePII(docs, naivePII, { types: ["ZIP_CODE"] }).rows[0].f2;
  assert.ok(!judge("7.2", whole).passed, "the whole corpus is not the slice");
});

test("7.3 passes the type with the largest precision gain and fails the others", () => {
  const ours = evaluatePII(docs, (t) => detectPII(t)).rows;
  const naive = evaluatePII(docs, naivePII).rows.filter((r) => r.predicted > 0);
  const gain = (t: string) => (ours.find((o) => o.type === t)?.precision ?? 0) - (naive.find((n) => n.type === t)?.precision ?? 0);
  const best = naive.map((n) => n.type).sort((a, b) => gain(b) - gain(a))[0];
  assert.ok(judge("7.3", best).passed, best);
  const second = naive.map((n) => n.type).sort((a, b) => gain(b) - gain(a))[1];
  assert.match(judge("7.3", second).message, /Not that one/);
  assert.match(judge("7.3", "IBAN").message, /never predicts IBAN/);
});

test("7.4 passes the number of tag-mode changes over the forms and explains the label count", () => {
  const forms = docs.filter((d) => d.kind === "form");
  const changes = forms.reduce((n, d) => n + redact(d.text).changes.length, 0);
  assert.ok(judge("7.4", changes).passed);
  const labels = forms.reduce((n, d) => n + d.spans.length, 0);
  if (labels !== changes) assert.match(judge("7.4", labels).message, /number of labelled spans/);
  assert.match(judge("7.4", changes + 1).message, /Not quite/);
  assert.match(judge("7.4", "12").message, /whole number/);
});
