import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { projectRoot } from "../../lib/data/project-root";
import { getSynset } from "../../lib/synsets/get-synset";
import { imagenetClass, imagenetClasses } from "../../lib/synsets/imagenet-classes";

test("the class table has 1000 classes with distinct, strictly increasing wnids, index = position", () => {
  const t = imagenetClasses();
  assert.equal(t.length, 1000);
  t.forEach((c, i) => assert.equal(c.index, i));
  for (let i = 1; i < 1000; i++) assert.ok(t[i].wnid > t[i - 1].wnid, `${t[i - 1].wnid} < ${t[i].wnid} at ${i}`);
  assert.equal(new Set(t.map((c) => c.wnid)).size, 1000);
});

test("spot values: 785 seat belt, 691 oxygen mask, 0 tench, 134 crane the bird, 517 crane the machine", () => {
  const t = imagenetClasses();
  assert.equal(t[785].wnid, "n04162706"); assert.ok(t[785].lemmas.includes("seat belt"));
  assert.equal(t[691].wnid, "n03868863"); assert.ok(t[691].lemmas.includes("oxygen mask"));
  assert.equal(t[0].wnid, "n01440764"); assert.ok(t[0].lemmas.includes("tench"));
  assert.equal(t[134].wnid, "n02012849"); assert.match(t[134].gloss, /bird/);
  assert.equal(t[517].wnid, "n03126707"); assert.match(t[517].gloss, /lifts and moves heavy objects/);
  assert.equal(imagenetClass("n01910747")?.lemmas[0], "jellyfish"); // the one name fixed by hand ("jelly fish")
  assert.equal(t[999].wnid, "n15075141"); // toilet tissue, the last wnid
});

test("every row agrees with WordNet 3.0 (lemmas and gloss of its synset) and with the mobilenet names it was built from", () => {
  const { IMAGENET_CLASSES } = require("@tensorflow-models/mobilenet/dist/imagenet_classes") as { IMAGENET_CLASSES: Record<number, string> };
  for (const c of imagenetClasses()) {
    const s = getSynset(c.wnid);
    assert.deepEqual(s.lemmas, c.lemmas);
    assert.equal(s.gloss, c.gloss);
    const first = IMAGENET_CLASSES[c.index].split(",")[0].trim().toLowerCase();
    assert.ok(c.lemmas.some((l) => l.toLowerCase() === first) || first === "jelly fish", `${c.index} ${first}`);
  }
});

test("the derivation report: 830 classes matched one synset outright, the rest chosen by wnid order", () => {
  const report = JSON.parse(readFileSync(join(projectRoot(), "data", "synsets", "imagenet-classes-report.json"), "utf8")) as { candidates: string[]; how: string }[];
  assert.equal(report.filter((r) => r.candidates.length === 1).length, 830);
  assert.deepEqual(report.filter((r) => r.how.startsWith("fixed")).length, 1);
});

test("the committed table files match the sizes and SHA-256 sums listed in data/SOURCES.md", () => {
  const sources = readFileSync(join(projectRoot(), "data", "SOURCES.md"), "utf8");
  for (const file of ["imagenet-classes.json", "imagenet-classes-report.json"]) {
    const bytes = readFileSync(join(projectRoot(), "data", "synsets", file));
    const sum = createHash("sha256").update(bytes).digest("hex");
    assert.ok(sources.includes(`| \`data/synsets/${file}\` | ${bytes.length} | \`${sum}\` |`), `${file}: ${bytes.length} bytes, ${sum}`);
  }
});
