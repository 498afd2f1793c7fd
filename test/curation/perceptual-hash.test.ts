import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import phash from "sharp-phash";
import { perceptualHash, hammingDistance } from "../../lib/curation/perceptual-hash";

test("the fast perceptual hash gives sharp-phash's bits on the planted images", async () => {
  // Blank frames are left out: all their coefficients are about 0, so either
  // implementation's bits are rounding noise (and no near-duplicate search uses them).
  const truth: { file: string; defects: string[] }[] = JSON.parse(readFileSync("data/curation/images-truth.json", "utf8")).samples;
  const blank = new Set(truth.filter((s) => s.defects.includes("lowInformation")).map((s) => s.file));
  const dir = "data/curation/images";
  const files = readdirSync(dir).sort().filter((f, i) => i % 4 === 0 && !blank.has(f)).map((f) => join(dir, f));
  let compared = 0;
  for (const f of files) {
    let expected: string;
    try {
      expected = await phash(f);
    } catch {
      continue; // unreadable on purpose
    }
    assert.equal(await perceptualHash(f), expected, f);
    compared++;
  }
  assert.ok(compared >= 40, `compared ${compared} images`);
});

test("Hamming distance counts differing bits", () => {
  assert.equal(hammingDistance("0110", "0011"), 2);
  assert.equal(hammingDistance("01", "01"), 0);
});
