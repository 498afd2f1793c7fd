import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadSafeSubsets } from "../../lib/filtering/load-safe-subsets";

test("every safe-subset file matches its manifest checksum and is listed in data/SOURCES.md with it", () => {
  const manifest = JSON.parse(readFileSync("data/filtering/manifest.json", "utf8")) as Array<{ file: string; sha256: string; licence: string; package: string }>;
  const sources = readFileSync("data/SOURCES.md", "utf8");
  assert.equal(manifest.length, 33);
  for (const e of manifest) {
    assert.equal(createHash("sha256").update(readFileSync(`data/filtering/${e.file}`)).digest("hex"), e.sha256, e.file);
    assert.ok(sources.includes(`\`data/filtering/${e.file}\``) && sources.includes(e.sha256), `${e.file} in SOURCES.md`);
    assert.ok(e.licence && e.package);
  }
});

test("loadSafeSubsets gives the four subsets with their sizes, and refuses an unknown one", () => {
  const s = loadSafeSubsets();
  assert.deepEqual(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.length])), { art: 8, landmarks: 13, medical: 12, photos: 9 });
  assert.ok(s.medical.some((i) => i.name === "microaneurysms"));
  assert.throws(() => loadSafeSubsets({ subsets: ["nudes"] }), /No images in subset/);
});
