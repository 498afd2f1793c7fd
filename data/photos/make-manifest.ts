// Writes data/photos/manifest.json: size, format, file size and SHA-256 of every photo
// sample, read with sharp. The lab 00 checks judge answers against this manifest and
// test/data/photos-manifest.test.ts proves it still matches the installed files.
// Run: npx tsx data/photos/make-manifest.ts
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { imageInfo } from "../../lib/images/image-info";
import { listSamples, samplePath } from "../../lib/data/sample-path";
import { catalog } from "../../lib/data/catalog";

async function main(): Promise<void> {
  const names = listSamples("photos");
  const infos = await imageInfo(names.map(samplePath));
  const photos = names.map((name, i) => {
    const info = infos[i];
    if (!info.ok) throw new Error(`${name}: ${info.error}`);
    const entry = catalog.find((e) => e.name === name)!;
    const sha256 = createHash("sha256").update(readFileSync(info.path)).digest("hex");
    return { name, package: entry.package, width: info.width, height: info.height, format: info.format, bytes: info.bytes, sha256 };
  });
  const out = join(__dirname, "manifest.json");
  writeFileSync(out + ".tmp", JSON.stringify({ photos }, null, 2) + "\n");
  renameSync(out + ".tmp", out);
  console.log(`wrote ${photos.length} photos to ${out}`);
}
main();
