import { test } from "node:test";
import assert from "node:assert/strict";
import { basename } from "node:path";
import { lab03, lowestRatioLongDocs, LONG_DOC_CHARS, OUTSIDE_IMAGE_DIR, smallestOutsidePerPixel } from "../../lib/checks/lab03";
import { findImageIssues } from "../../lib/curation/find-image-issues";
import { findTextIssues } from "../../lib/curation/find-text-issues";
import { listFiles } from "../../lib/curation/list-files";
import { readFileSync } from "node:fs";

const judge = (id: string, answer: unknown) => lab03.checks[id].judge(answer);
lab03.prepare?.();

test("3.1's expected answer is the five lowest bytesPerPixel values of the outside photos, as a scan gives them", async () => {
  const rows = (await findImageIssues(listFiles(OUTSIDE_IMAGE_DIR))).filter((r) => r.ok);
  const five = rows.sort((a, b) => a.bytesPerPixel! - b.bytesPerPixel!).slice(0, 5).map((r) => basename(r.path));
  assert.deepEqual(new Set(five), new Set(smallestOutsidePerPixel()));
  assert.ok(judge("3.1", five).passed);
  assert.match(judge("3.1", "img-000.jpg").message, /array of 5 file names/);
});

test("3.3's expected answer is the five lowest gzip ratios among the long documents", () => {
  const docs = JSON.parse(readFileSync("data/curation/texts.json", "utf8")).docs;
  const rows = findTextIssues(docs).filter((r) => r.ok && r.chars >= LONG_DOC_CHARS).sort((a, b) => a.compressionRatio - b.compressionRatio);
  assert.deepEqual(new Set(rows.slice(0, 5).map((r) => r.id)), new Set(lowestRatioLongDocs()));
  assert.match(judge("3.3", rows.slice(-5).map((r) => r.id)).message, /LEAST compressible/);
});
