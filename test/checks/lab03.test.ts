import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { lab03, nearDuplicateQuestionFile } from "../../lib/checks/lab03";
import { findImageIssues, type ImageIssueRow } from "../../lib/curation/find-image-issues";
import { findTextIssues } from "../../lib/curation/find-text-issues";
import { listFiles } from "../../lib/curation/list-files";

const judge = (id: string, answer: unknown) => lab03.checks[id].judge(answer);
let rows: ImageIssueRow[] = [];
const images = async () => (rows.length ? rows : (rows = await findImageIssues(listFiles("data/curation/images"))));
const byKey = <T>(xs: T[], key: (x: T) => number, n: number) => xs.slice().sort((a, b) => key(a) - key(b)).slice(0, n);

test("3.1 passes the five smallest per pixel and fails file size or reversed order with a hint", async () => {
  const ok = (await images()).filter((r) => r.ok);
  assert.ok(judge("3.1", byKey(ok, (r) => r.bytesPerPixel!, 5).map((r) => r.path)).passed);
  const bySize = judge("3.1", byKey(ok, (r) => r.fileBytes!, 5).map((r) => r.path));
  assert.match(bySize.message, /tiny thumbnails/);
  const reversed = judge("3.1", byKey(ok, (r) => -r.bytesPerPixel!, 5).map((r) => r.path));
  assert.equal(reversed.passed, false);
  assert.match(judge("3.1", "img-000.jpg").message, /array of 5 file names/);
});

test("3.2 passes the near-duplicates found for the asked file and fails when the file itself is included", async () => {
  const target = nearDuplicateQuestionFile();
  const row = (await images()).find((r) => basename(r.path) === target)!;
  assert.ok(row.nearDuplicates && row.nearDuplicates.length > 0);
  assert.ok(judge("3.2", row.nearDuplicates).passed, judge("3.2", row.nearDuplicates).message);
  assert.match(judge("3.2", [target, ...row.nearDuplicates!]).message, /itself out/);
  assert.match(judge("3.2", []).message, /missing 1/);
  assert.match(judge("3.2", ["img-001.jpg", ...row.nearDuplicates!]).message, /not a near-duplicate/);
});

test("3.3 passes the five most compressible documents and fails the least compressible with a hint", () => {
  const docs = JSON.parse(readFileSync(join("data", "curation", "texts.json"), "utf8")).docs;
  const text = findTextIssues(docs).filter((r) => r.ok);
  assert.ok(judge("3.3", byKey(text, (r) => r.compressionRatio, 5).map((r) => r.id)).passed);
  assert.match(judge("3.3", byKey(text, (r) => -r.compressionRatio, 5).map((r) => r.id)).message, /LEAST compressible/);
  assert.match(judge("3.3", ["doc-1"]).message, /Expected 5 different document ids/);
});
