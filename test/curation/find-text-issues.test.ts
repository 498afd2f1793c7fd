import { test } from "node:test";
import assert from "node:assert/strict";
import { findTextIssues } from "../../lib/curation/find-text-issues";
import { compressionRatio } from "../../lib/curation/compression-ratio";
import { measureText } from "../../lib/curation/measure-text";
import { estimateJaccard, minHash } from "../../lib/curation/min-hash";
import { evaluateIssues } from "../../lib/curation/evaluate-issues";
import { seededRandom } from "../../lib/llm-text/seeded-random";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";
import { writeCleanedTexts } from "../../lib/curation/write-cleaned-texts";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const prose = "The receipts of the current year are estimated at a sum that leaves a balance in the Treasury, and the public debt has been reduced by a considerable amount during the present year.";

test("repeated text compresses far better than prose, and random letters worse", () => {
  const rand = seededRandom(7);
  const random = Array.from({ length: 2000 }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join("");
  const speech = sotuParagraphs({ from: 1830, to: 1830 }).slice(0, 8).map((p) => p.text).join(" ");
  assert.ok(compressionRatio(prose.repeat(10)) < 0.2);
  assert.ok(compressionRatio(speech) > 0.3 && compressionRatio(speech) < 0.6);
  assert.ok(compressionRatio(random) > 0.6);
});

test("mojibake from UTF-8 read as Windows-1252 is counted, clean typography is not", () => {
  const typographic = "It\u2019s the nation\u2019s \u201cfirst\u201d budget \u2014 and a caf\u00e9.";
  const broken = new TextDecoder("windows-1252").decode(Buffer.from(typographic, "utf8"));
  assert.equal(measureText(typographic).mojibakePer1000, 0);
  assert.ok(measureText(broken).mojibakePer1000 > 50, broken);
});

test("a document that is not a string gets an unreadable row and the rest are still scanned", () => {
  const rows = findTextIssues([{ id: "a", text: prose }, { id: "b", text: null as unknown as string }, { id: "c", text: prose }]);
  assert.equal(rows[1].ok, false);
  assert.deepEqual(rows[1].flags, ["unreadable"]);
  assert.match(rows[1].error ?? "", /text is null, not a string/);
  assert.equal(rows[2].exactDuplicateOf, "a");
});

test("gibberish needs both few English function words and un-English words; keyword spam is repetition, not gibberish", () => {
  const mash = "asdfg qwrtz xcvbn hjklm zxcvb plmnk qwert sdfgh jklzx cvbnm ".repeat(3);
  const spam = "best price ".repeat(60);
  const [m, s] = findTextIssues([mash, spam]);
  assert.ok(m.flags.includes("gibberish"), m.flags.join());
  assert.ok(s.flags.includes("repetition") && !s.flags.includes("gibberish"), s.flags.join());
});

test("MinHash estimates Jaccard similarity of word 3-gram sets", () => {
  const a = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";
  const b = a.replace("eight", "EIGHTY");
  // 13 shingles each, 3 differ: 10 shared of 16 => 0.625
  assert.ok(Math.abs(estimateJaccard(minHash(a), minHash(b)) - 0.625) < 0.1);
  assert.equal(estimateJaccard(minHash(a), minHash(a)), 1);
});

test("precision and recall are counted per planted type, only for the chosen split", () => {
  const rows = [{ id: "x", flags: ["gibberish"] }, { id: "y", flags: ["gibberish"] }, { id: "z", flags: [] }];
  const truth = [
    { file: "x", defects: ["gibberish"], split: "test" },
    { file: "y", defects: [], split: "test" },
    { file: "z", defects: ["gibberish"], split: "tune" },
  ];
  const [g] = evaluateIssues(rows, truth, { split: "test" });
  assert.deepEqual([g.planted, g.flagged, g.truePositives, g.precision, g.recall], [1, 2, 1, 0.5, 1]);
});

test("cleaned texts keep unflagged documents as JSON lines and list the dropped ones with their flags", () => {
  const docs = [{ id: "a", text: prose }, { id: "b", text: "buy now ".repeat(50) }, { id: "c", text: prose }];
  const rows = findTextIssues(docs);
  const out = join(mkdtempSync(join(tmpdir(), "uyd-texts-")), "clean.jsonl");
  const result = writeCleanedTexts(docs, rows, out);
  assert.deepEqual(readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l).id), ["a"]);
  assert.deepEqual(result.dropped.map((d) => d.id), ["b", "c"]);
  assert.ok(JSON.parse(readFileSync(`${out}.manifest.json`, "utf8")).dropped[1].flags.includes("exactDuplicate"));
  assert.throws(() => writeCleanedTexts(docs, rows.slice(1), out), /Expected one row per document, got 2 rows for 3 documents/);
});
