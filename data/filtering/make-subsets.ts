// Builds the safe stress subsets of lab 08 from Debian packages and writes them to
// data/filtering/<subset>/ with a manifest. Run once, as root on Debian:
//   apt-get install gcompris-qt-data python3-skimage && npx tsx data/filtering/make-subsets.ts
// CI does not install those packages: the outputs are committed. Deterministic (no
// randomness); sharp re-encodes every image as a 384 px JPEG at quality 85.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { readFileSync as readRccFile } from "node:fs";
import { readRcc } from "../predictions/read-rcc";

const OUT = "data/filtering";
const RCC = "/usr/share/gcompris-qt/rcc";
const SKIMAGE = "/usr/lib/python3/dist-packages/skimage/data";
const GCOMPRIS_LICENCE = "GPL-3+ (gcompris-qt-data, debian/copyright Files: *)";

interface Source { subset: string; name: string; pkg: string; path: string; licence: string; bytes: () => Buffer; crop?: { left: number; top: number; width: number; height: number } }

// Whole paintings (the "background" of each board of the "details" activity); Van Gogh
// died in 1890. The "babyshapes" backgrounds are left out: their pieces are cut out as holes.
const PAINTINGS: Array<[string, string, string]> = [
  ["details", "PortraitOfPereTanguy", "Vincent van Gogh, Portrait of Père Tanguy (1887)"],
  ["details", "Van_Gogh_The_Night_Cafe", "Vincent van Gogh, The Night Café (1888)"],
  ["details", "Eglise_dAuvers-sur-Oise", "Vincent van Gogh, The Church at Auvers (1890)"],
  ["details", "VincentVanGoghBridge", "Vincent van Gogh (bridge)"],
  ["details", "VincentVanGogh0012", "Vincent van Gogh"],
  ["details", "VincentVanGogh0013", "Vincent van Gogh"],
  ["details", "VincentVanGogh0019", "Vincent van Gogh"],
  ["details", "Gogh4", "Vincent van Gogh"],
];
// Photographs of buildings and landscapes from the same package's "details" activity.
const LANDMARKS = ["Louvre_2007_02_24_c", "FanoeWindmill", "EgeskovSlotSpejling", "GizahPyramids", "EilanDonanCastle",
  "TowerBridgeLondon", "Chenonceau", "NDP", "Nagoya", "TajMahal", "TourEiffel", "Neuschwanstein", "OperaSidney"];

function rccEntry(activity: string, file: string): () => Buffer {
  return () => {
    const path = `/gcompris/src/activities/${activity}/resource/image/${file}`;
    const hit = readRcc(readRccFile(join(RCC, `${activity}.rcc`))).find((e) => e.path === path);
    if (!hit) throw new Error(`${path} not in ${activity}.rcc`);
    return hit.data;
  };
}

const sources: Source[] = [
  ...PAINTINGS.map(([activity, stem, title]): Source => ({
    subset: "art", name: stem.toLowerCase().replace(/_/g, "-"), pkg: "gcompris-qt-data",
    path: `${RCC}/${activity}.rcc:/gcompris/src/activities/${activity}/resource/image/${stem}_background.webp`,
    licence: `${title}: the painting is public domain; this reproduction ships under ${GCOMPRIS_LICENCE}`,
    bytes: rccEntry(activity, `${stem}_background.webp`),
  })),
  ...LANDMARKS.map((stem): Source => ({
    subset: "landmarks", name: stem.toLowerCase().replace(/_/g, "-"), pkg: "gcompris-qt-data",
    path: `${RCC}/details.rcc:/gcompris/src/activities/details/resource/image/${stem}_background.webp`,
    licence: GCOMPRIS_LICENCE, bytes: rccEntry("details", `${stem}_background.webp`),
  })),
];
// Medical and microscopy: four images, and crops of the two large ones so the subset
// is not four points (crops of one image are not independent: the lab says so).
const MEDICAL: Array<[string, string, string]> = [
  ["retina", "retina.jpg", "CC0-1.0 (fundus photograph, M. Häggström, Wikimedia Commons)"],
  ["ihc", "ihc.png", "no known copyright restrictions (CMMI, per skimage.data)"],
  ["microaneurysms", "microaneurysms.png", "CC0-1.0 (HRF image database, A. Maier)"],
  ["cell", "cell.png", "CC0-1.0 (quantitative phase image, per skimage.data)"],
];
for (const [name, file, licence] of MEDICAL) {
  const bytes = () => readFileSync(join(SKIMAGE, file));
  sources.push({ subset: "medical", name, pkg: "python3-skimage", path: join(SKIMAGE, file), licence, bytes });
}
for (const [name, file, side] of [["retina", "retina.jpg", 1411], ["ihc", "ihc.png", 512]] as const) {
  const licence = MEDICAL.find((m) => m[0] === name)![2];
  const half = Math.floor(side / 2);
  const quads = [["nw", 0, 0], ["ne", half, 0], ["sw", 0, half], ["se", half, half]] as const;
  for (const [q, left, top] of quads) {
    sources.push({ subset: "medical", name: `${name}-${q}`, pkg: "python3-skimage", path: `${join(SKIMAGE, file)} (${q} quarter)`, licence,
      bytes: () => readFileSync(join(SKIMAGE, file)), crop: { left, top, width: half, height: half } });
  }
}

async function main(): Promise<void> {
  const manifest: Array<Record<string, string | number>> = [];
  for (const subset of ["art", "landmarks", "medical"]) rmSync(join(OUT, subset), { recursive: true, force: true });
  for (const s of sources) {
    mkdirSync(join(OUT, s.subset), { recursive: true });
    let img = sharp(s.bytes()).rotate();
    if (s.crop) img = sharp(await img.extract(s.crop).toBuffer());
    const jpeg = await img.flatten({ background: "#ffffff" }).toColourspace("srgb")
      .resize(384, 384, { fit: "inside", withoutEnlargement: true }).jpeg({ quality: 85 }).toBuffer();
    const file = join(OUT, s.subset, `${s.name}.jpg`);
    writeFileSync(file, jpeg);
    const meta = await sharp(jpeg).metadata();
    manifest.push({ file: file.replace(`${OUT}/`, ""), subset: s.subset, package: s.pkg, source: s.path, licence: s.licence,
      width: meta.width!, height: meta.height!, bytes: jpeg.length, sha256: createHash("sha256").update(jpeg).digest("hex") });
  }
  writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
}

main();
