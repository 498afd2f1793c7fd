import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const sha = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const sources = readFileSync("data/SOURCES.md", "utf8");
const recorded = (label: string) => new RegExp("`" + label.replace(/[/.]/g, "\\$&") + "`[^\\n]*`([0-9a-f]{64})`").exec(sources)?.[1];

test("the planted image folder and truth files match the checksums in data/SOURCES.md", () => {
  const dir = "data/curation/images";
  const listing = readdirSync(dir).sort().map((f) => `${sha(readFileSync(join(dir, f)))}  ${f}\n`).join("");
  assert.equal(sha(listing), recorded("data/curation/images/"));
  for (const f of ["images-truth.json", "texts.json", "texts-truth.json"]) {
    assert.equal(sha(readFileSync(join("data/curation", f))), recorded(`data/curation/${f}`), f);
  }
});

test("every planted image is in the truth file and every truth entry is on disk", () => {
  const truth: { file: string }[] = JSON.parse(readFileSync("data/curation/images-truth.json", "utf8")).samples;
  assert.deepEqual(truth.map((s) => s.file).sort(), readdirSync("data/curation/images").sort());
});
