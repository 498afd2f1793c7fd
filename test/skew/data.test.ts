import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const sha = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const sources = readFileSync("data/SOURCES.md", "utf8");
const recorded = (label: string) => new RegExp("`" + label.replace(/[/.]/g, "\\$&") + "`[^\\n]*`([0-9a-f]{64})`").exec(sources)?.[1];

test("the planted skew tiles and their truth match the checksums in data/SOURCES.md", () => {
  for (const set of ["train", "deploy", "deploy-b"]) {
    const dir = join("data/skew", set);
    const listing = readdirSync(dir).sort().map((f) => `${sha(readFileSync(join(dir, f)))}  ${f}\n`).join("");
    assert.equal(sha(listing), recorded(`data/skew/${set}/`), set);
    assert.equal(readdirSync(dir).length, 30);
  }
  for (const f of ["truth.json", "features.json", "speech/sense_and_sensibility_01_austen_64kb-0880.wav", "speech/COPYRIGHT"]) assert.equal(sha(readFileSync(join("data/skew", f))), recorded(`data/skew/${f}`), f);
});
