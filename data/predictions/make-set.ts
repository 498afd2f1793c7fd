// Builds data/predictions/images/: real, licensed photos with and without people, taken
// from Debian and npm packages installed on this machine, normalised to JPEG (longest side
// at most 512 px, EXIF orientation applied, metadata dropped). Writes images.json with
// each file's provenance, licence, author, credit and SHA-256.
//
//   apt-get install python3-skimage-lib python3-matplotlib python3-scipy \
//     gnome-control-center-data gcompris-qt-data
//   npm install --no-save --prefix /tmp/faceapi @vladmandic/face-api@1.7.15
//   npx tsx data/predictions/make-set.ts [--face-api /tmp/faceapi/node_modules/@vladmandic/face-api]
//
// CI does not run this (it does not install those packages); the output is committed.
import sharp from "sharp";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readRcc } from "./read-rcc";
import { readPickleInts } from "./read-pickle-bytes";

interface Source {
  id: string;
  package: string;
  file: string;
  licence: string;
  author: string;
  url?: string;
  /** Reads the original bytes (or raw pixels for ascent). */
  read: () => Promise<Buffer>;
}

const args = process.argv.slice(2);
const faceApi = args.includes("--face-api") ? args[args.indexOf("--face-api") + 1] : "/tmp/faceapi/node_modules/@vladmandic/face-api";
const out = join(__dirname, "images");
const SKIMAGE = "/usr/lib/python3/dist-packages/skimage/data";
const FACES = "/usr/share/pixmaps/faces";
const RCC = "/usr/share/gcompris-qt/rcc";

const file = (path: string) => async () => readFileSync(path);
const rccCache = new Map<string, Map<string, Buffer>>();
function fromRcc(archive: string, inner: string) {
  return async () => {
    if (!rccCache.has(archive)) rccCache.set(archive, new Map(readRcc(readFileSync(join(RCC, archive))).map((f) => [f.path, f.data])));
    const hit = [...rccCache.get(archive)!.entries()].find(([p]) => p.endsWith(`/resource/${inner}`));
    if (!hit) throw new Error(`${inner} not in ${archive}`);
    return hit[1];
  };
}
/** The per-file licence and author lines of a GCompris resource README. */
function rccCredits(archive: string, readme: string): Map<string, { licence: string; author: string; url: string }> {
  const files = readRcc(readFileSync(join(RCC, archive)));
  const text = files.find((f) => f.path.endsWith(readme))!.data.toString("utf8");
  const credits = new Map<string, { licence: string; author: string; url: string }>();
  for (const block of text.split(/\n\s*\n/)) {
    const get = (key: string) => (block.match(new RegExp(`^${key}:\\s*(.*)$`, "m"))?.[1] ?? "").trim();
    const names = block.split("Files:")[1]?.trim().split(/\s+/) ?? [];
    for (const name of names) credits.set(name, { licence: get("License"), author: get("Copyright"), url: get("Source") });
  }
  return credits;
}

const sources: Source[] = [];
const add = (s: Source) => sources.push(s);

// python3-skimage-lib: licences from the docstrings in skimage/data/_fetchers.py.
add({ id: "skimage-astronaut", package: "python3-skimage-lib", file: `${SKIMAGE}/astronaut.png`, licence: "Public domain (NASA)", author: "NASA (portrait of Eileen Collins)", read: file(`${SKIMAGE}/astronaut.png`) });
add({ id: "skimage-camera", package: "python3-skimage-lib", file: `${SKIMAGE}/camera.png`, licence: "CC0-1.0", author: "Lav Varshney", read: file(`${SKIMAGE}/camera.png`) });
add({ id: "skimage-coffee", package: "python3-skimage-lib", file: `${SKIMAGE}/coffee.png`, licence: "CC0-1.0", author: "Rachel Michetti", read: file(`${SKIMAGE}/coffee.png`) });
add({ id: "skimage-chelsea", package: "python3-skimage-lib", file: `${SKIMAGE}/chelsea.png`, licence: "CC0-1.0", author: "Stefan van der Walt", read: file(`${SKIMAGE}/chelsea.png`) });
add({ id: "skimage-rocket", package: "python3-skimage-lib", file: `${SKIMAGE}/rocket.jpg`, licence: "Public domain (SpaceX)", author: "SpaceX", read: file(`${SKIMAGE}/rocket.jpg`) });
add({ id: "skimage-motorcycle", package: "python3-skimage-lib", file: `${SKIMAGE}/motorcycle_left.png`, licence: "Public domain (Middlebury stereo data set)", author: "D. Scharstein et al.", read: file(`${SKIMAGE}/motorcycle_left.png`) });
// matplotlib sample data (the Debian package python3-matplotlib-data / python3-matplotlib).
add({ id: "matplotlib-grace-hopper", package: "python3-matplotlib", file: "/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg", licence: "Public domain (US Navy)", author: "US Navy (portrait of Grace Hopper)", read: file("/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg") });
// scipy's ascent: a pickled 512x512 grey image.
add({
  id: "scipy-ascent", package: "python3-scipy", file: "/usr/lib/python3/dist-packages/scipy/misc/ascent.dat", licence: "Public domain",
  author: "accent-to-the-top.jpg from public-domain-image.com (scipy.misc.ascent docstring)",
  read: async () => {
    const values = readPickleInts(readFileSync("/usr/lib/python3/dist-packages/scipy/misc/ascent.dat"));
    if (values.length !== 512 * 512) throw new Error(`ascent has ${values.length} values, expected ${512 * 512}`);
    return sharp(Buffer.from(Uint8Array.from(values)), { raw: { width: 512, height: 512, channels: 1 } }).png().toBuffer();
  },
});
// gnome-control-center-data account pictures.
const GNOME_LICENCE = "GPL-2+ / CC0-1.0 (Debian copyright, stanza Files: *; no per-file statement)";
for (const name of readFileSync(join(__dirname, "gnome-faces.txt"), "utf8").split("\n").filter(Boolean)) {
  const id = `gnome-${name.replace(/\.(jpg|png)$/, "").replace("/", "-")}`;
  add({ id, package: "gnome-control-center-data", file: `${FACES}/${name}`, licence: GNOME_LICENCE, author: "GNOME project", read: file(`${FACES}/${name}`) });
}
// gcompris-qt-data: world-music and monument photos inside .rcc archives.
const music = rccCredits("explore_world_music.rcc", "music/README");
for (const name of ["africa", "america", "australia", "ireland", "italy", "japan", "mexico", "middleeast", "orchestra"]) {
  const c = music.get(`${name}.webp`)!;
  add({ id: `gcompris-music-${name}`, package: "gcompris-qt-data", file: `${RCC}/explore_world_music.rcc:music/${name}.webp`, licence: c.licence, author: c.author, url: c.url, read: fromRcc("explore_world_music.rcc", `music/${name}.webp`) });
}
// Monument photos with tourists in plain view, left out because this set has no boxes for
// crowds of tiny people (chosen by looking at the photos).
const LEFT_OUT = new Set(["wonders/colosseum.webp", "india/gatewayofIndia.webp", "india/goldenTemple.webp", "india/mysorePalace.webp",
  "india/victoriaMemorial.webp", "france/arlesAmphitheater.webp", "france/palaisdesPapes.webp", "france/eiffelTower.webp",
  "germany/berlinCathedral.webp", "germany/brandenburgGate.webp", "germany/wormsCathedral.webp", "usa/castleClinton.webp", "usa/lincolnMemorial.webp", "usa/statueofLiberty.webp"]);
const monuments = rccCredits("explore_monuments.rcc", "resource/README");
const monumentFiles = new Set(readRcc(readFileSync(join(RCC, "explore_monuments.rcc"))).map((f) => f.path.replace(/^.*\/resource\//, "")));
for (const [name, c] of monuments) {
  if (!name.endsWith(".webp") || !/^(CC0-1.0|Public Domain)$/.test(c.licence)) continue; // share-alike and BY files left out
  if (LEFT_OUT.has(name)) continue;
  if (!monumentFiles.has(name)) continue; // the README names germany/audaPalatina.webp; the archive has aulaPalatina.webp
  const id = `gcompris-monument-${name.replace(/\.webp$/, "").replace("/", "-")}`;
  add({ id, package: "gcompris-qt-data", file: `${RCC}/explore_monuments.rcc:${name}`, licence: c.licence, author: c.author, url: c.url, read: fromRcc("explore_monuments.rcc", name) });
}
// @vladmandic/face-api demo photos (MIT, by the package author).
for (let i = 1; i <= 6; i++) {
  add({ id: `face-api-sample${i}`, package: "@vladmandic/face-api@1.7.15", file: `demo/sample${i}.jpg`, licence: "MIT", author: "Vladimir Mandic (package author)", read: file(join(faceApi, "demo", `sample${i}.jpg`)) });
}

function credit(s: Source): string {
  return /^CC-BY/.test(s.licence) ? `${s.author}, ${s.licence.replace("CC-BY", "CC BY")}` : "";
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const rows = [];
  for (const s of sources) {
    const jpeg = await sharp(await s.read()).rotate().resize(512, 512, { fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb").jpeg({ quality: 82 }).toBuffer();
    const meta = await sharp(jpeg).metadata();
    writeFileSync(join(out, `${s.id}.jpg`), jpeg);
    rows.push({
      id: s.id, file: `data/predictions/images/${s.id}.jpg`, width: meta.width, height: meta.height, bytes: jpeg.length,
      package: s.package, source: s.file, licence: s.licence, author: s.author, url: s.url ?? "", credit: credit(s),
      sha256: createHash("sha256").update(jpeg).digest("hex"),
    });
  }
  writeFileSync(join(__dirname, "images.json"), `${JSON.stringify(rows, null, 1)}\n`);
  process.stdout.write(`${rows.length} images written to ${out}\n`);
}

main().catch((err) => { process.stderr.write(`${err.stack}\n`); process.exit(1); });
