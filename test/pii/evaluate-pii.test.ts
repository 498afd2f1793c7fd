import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluatePII, type PIIScoreRow } from "../../lib/pii/evaluate-pii";
import { fBeta } from "../../lib/pii/f-beta";
import { detectPII } from "../../lib/pii/detect-pii";
import { naivePII } from "../../lib/pii/naive-pii";
import { loadPIICorpus } from "../../lib/pii/load-pii-corpus";
import { PII_TYPES } from "../../lib/pii/default-recognizers";

const STRUCTURED = ["EMAIL", "CREDIT_CARD", "IBAN", "IP", "MAC", "URL", "US_SSN"];

function printTable(title: string, rows: PIIScoreRow[], overall: PIIScoreRow): void {
  const line = (r: PIIScoreRow) => `${r.type.padEnd(15)} ${String(r.support).padStart(5)} ${String(r.predicted).padStart(5)}  ` +
    `${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f2.toFixed(3)}`;
  console.log(`\n${title}\ntype            gold  pred  P      R      F2\n${rows.map(line).join("\n")}\n${line(overall)}`);
}

test("F-beta weighs recall by beta and is 0 when nothing is right", () => {
  assert.equal(fBeta(1, 1), 1);
  assert.equal(fBeta(0, 0), 0);
  assert.ok(Math.abs(fBeta(0.5, 1) - 0.8333333) < 1e-6);
  assert.ok(Math.abs(fBeta(0.5, 1, 1) - 0.6666667) < 1e-6);
  assert.ok(fBeta(0.5, 1) > fBeta(1, 0.5), "F2 prefers recall");
});

test("evaluation counts a prediction once, by type and overlap", () => {
  const docs = [{ text: "Ann Lee at 10.0.0.1", spans: [{ type: "PERSON", start: 0, end: 7 }, { type: "IP", start: 11, end: 19 }] }];
  const predict = () => [
    { type: "PERSON", start: 0, end: 3 }, // IoU 3/7 < 0.5: a miss and a false alarm
    { type: "IP", start: 11, end: 19 }, { type: "IP", start: 11, end: 19 }, // the second is a duplicate
  ];
  const { rows, overall } = evaluatePII(docs, predict);
  assert.deepEqual(rows.map((r) => [r.type, r.tp, r.fp, r.fn]), [["IP", 1, 1, 0], ["PERSON", 0, 1, 1]]);
  assert.deepEqual([overall.tp, overall.fp, overall.fn], [1, 2, 1]);
  assert.equal(evaluatePII(docs, predict, { minOverlap: 0.4 }).rows[1].tp, 1);
  assert.throws(() => evaluatePII("x" as never, predict), /evaluatePII expects an array/);
});

const CHECKSUM_TYPES = ["CREDIT_CARD", "IBAN", "BTC_ADDRESS"];
const scoreOn = (path: string) => {
  const docs = loadPIICorpus({ path });
  const ours = evaluatePII(docs, (t) => detectPII(t), { types: [...PII_TYPES] });
  return { docs, ours };
};

test("on the first corpus detectPII meets the targets and beats the naive baseline", () => {
  const { docs, ours } = scoreOn("data/pii/corpus.jsonl");
  assert.equal(docs.length, 480);
  const naive = evaluatePII(docs, naivePII, { types: ours.rows.map((r) => r.type) });
  printTable("detectPII on data/pii/corpus.jsonl (480 docs, the templates it was tuned on)", ours.rows, ours.overall);
  printTable("naive baseline (a re-implementation of piiregex's patterns), same corpus", naive.rows, naive.overall);
  for (const r of ours.rows.filter((x) => x.support > 0)) {
    assert.ok(r.f2 >= (STRUCTURED.includes(r.type) ? 0.98 : 0.85), `${r.type} F2 ${r.f2.toFixed(3)}`);
  }
  assert.ok(ours.overall.f2 >= 0.95, `micro F2 ${ours.overall.f2.toFixed(3)}`);
  assert.ok(ours.overall.precision >= naive.overall.precision + 0.2,
    `precision ${ours.overall.precision.toFixed(3)} vs naive ${naive.overall.precision.toFixed(3)}`);
});

test("on the held-out templates of the first corpus detectPII still meets the targets", () => {
  const { ours } = scoreOn("data/pii/corpus-heldout.jsonl");
  printTable("detectPII on data/pii/corpus-heldout.jsonl (240 docs, other templates, seed 11)", ours.rows, ours.overall);
  for (const r of ours.rows.filter((x) => x.support > 0)) assert.ok(r.f2 >= (STRUCTURED.includes(r.type) ? 0.98 : 0.85), `${r.type} F2 ${r.f2.toFixed(3)}`);
  assert.ok(ours.overall.f2 >= 0.95, `micro F2 ${ours.overall.f2.toFixed(3)}`);
});

test("on the second corpus (new templates, EN/DE/FR, hard negatives) detectPII meets the targets", () => {
  const { docs, ours } = scoreOn("data/pii/corpus-second.jsonl");
  printTable("detectPII on data/pii/corpus-second.jsonl (400 docs: chats, bios, CSV, logs, invoices, forms)", ours.rows, ours.overall);
  const hard = new Set(docs.flatMap((d, i) => (d.hardNegative ? [i] : [])));
  const fpDocs = new Set(ours.falsePositives.filter((f) => hard.has(f.doc)).map((f) => f.doc));
  const checksumFpDocs = new Set(ours.falsePositives.filter((f) => hard.has(f.doc) && CHECKSUM_TYPES.includes(f.type)).map((f) => f.doc));
  const fpTypes = [...new Set(ours.falsePositives.filter((f) => hard.has(f.doc)).map((f) => f.type))].sort();
  console.log(`hard-negative documents with any false positive: ${fpDocs.size} of ${hard.size} (types: ${fpTypes.join(", ") || "none"}); ` +
    `with a false positive on a checksum type (card, IBAN, BTC): ${checksumFpDocs.size}`);
  const person = ours.rows.find((r) => r.type === "PERSON")!;
  assert.ok(hard.size >= 50, "the corpus has hard-negative documents");
  assert.ok(ours.overall.f2 >= 0.95, `micro F2 ${ours.overall.f2.toFixed(3)}`);
  assert.ok(person.f2 >= 0.85, `PERSON F2 ${person.f2.toFixed(3)}`);
  assert.equal(checksumFpDocs.size, 0, "no hard-negative document has a false card, IBAN or Bitcoin address");
  // TIMESTAMP is off by default: asked for, it finds the labelled timestamps, and the DATEs inside them stay silent.
  const ts = evaluatePII(docs, (t) => detectPII(t, { types: ["TIMESTAMP", "DATE"] }), { types: ["TIMESTAMP", "DATE"] });
  printTable("the same corpus with TIMESTAMP asked for (off by default)", ts.rows, ts.overall);
  for (const r of ts.rows) assert.ok(r.f2 >= 0.95, `${r.type} F2 ${r.f2.toFixed(3)}`);
});

test("on 40 hand-labelled real e-mails the scores are lower, and the table says by how much", () => {
  // No target here: this sample was labelled by hand and never tuned on; it shows what the
  // generated corpora cannot. The test keeps the gap visible and fails if the sample goes missing.
  const { docs, ours } = scoreOn("data/pii/spam-sample.jsonl");
  assert.equal(docs.length, 40);
  printTable("detectPII on data/pii/spam-sample.jsonl (40 real SpamAssassin bodies, hand labels)", ours.rows, ours.overall);
  const second = scoreOn("data/pii/corpus-second.jsonl").ours.overall;
  console.log(`micro F2: ${ours.overall.f2.toFixed(3)} on the real sample vs ${second.f2.toFixed(3)} on the second generated corpus`);
  assert.ok(ours.overall.support >= 150, "the sample has enough labels to say something");
  assert.ok(ours.overall.f2 > 0.5, `micro F2 ${ours.overall.f2.toFixed(3)}: far below what it was when the sample was labelled`);
});
