/**
 * Builds data/curation-outside/images/: an OUTSIDE validation set for findImageIssues,
 * made of real photos from licensed Debian packages that this project never tuned on,
 * plus defective variants of some of them (made the way cameras and downloads damage
 * pictures, with recipes unlike the planted generator's), and writes
 * data/curation-outside/manifest.json (each file's package, path, licence, recipe).
 * The labels are NOT written here: they are in labels.json, set by hand after looking
 * at every picture (see the "how" field there).
 *
 * Needs the packages installed (CI does not: the small output is committed):
 *   apt-get install --no-install-recommends python3-skimage python-matplotlib-data \
 *     gnome-control-center-data dde-account-faces mate-backgrounds plasma-workspace-wallpapers
 *   npx tsx data/curation-outside/make-outside-images.ts
 * Deterministic for a given sharp/libvips version (seeded noise).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { seededRandom } from "../../lib/llm-text/seeded-random";

const OUT = join(__dirname, "images");
const MANIFEST = join(__dirname, "manifest.json");
const SIDE = 400;
const rand = seededRandom(20261203);
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const SK = "/usr/lib/python3/dist-packages/skimage/data";
const PKG: Record<string, { pkg: string; licence: string }> = {
  skimage: { pkg: "python3-skimage 0.19.3", licence: "per image in skimage/data/_fetchers.py: public domain or CC0 (astronaut, camera, chelsea, coffee, coins, text, hubble_deep_field, rocket, clock_motion, grass, gravel, brick)" },
  mpl: { pkg: "python-matplotlib-data 3.6.3", licence: "matplotlib licence (PSF-style, BSD compatible), debian/copyright Files: *" },
  gnome: { pkg: "gnome-control-center-data 43.6", licence: "debian/copyright Files: * (GPL-2+ and ... and CC0-1.0)" },
  dde: { pkg: "dde-account-faces 1.0.12.1", licence: "GPL-3.0-or-later (photos from Unsplash, CC0 before 2017, per debian/copyright)" },
  mate: { pkg: "mate-backgrounds 1.26.0", licence: "GPL-2+ (per-file authors in debian/copyright)" },
  plasma: { pkg: "plasma-workspace-wallpapers 5.27.5", licence: "GPL-2+ (debian/copyright Files: *)" },
};
const src = (kind: keyof typeof PKG, path: string) => ({ kind, path });
const S = {
  astronaut: src("skimage", `${SK}/astronaut.png`), camera: src("skimage", `${SK}/camera.png`), chelsea: src("skimage", `${SK}/chelsea.png`),
  coffee: src("skimage", `${SK}/coffee.png`), coins: src("skimage", `${SK}/coins.png`), text: src("skimage", `${SK}/text.png`),
  hubble: src("skimage", `${SK}/hubble_deep_field.jpg`), rocket: src("skimage", `${SK}/rocket.jpg`), clock: src("skimage", `${SK}/clock_motion.png`),
  grass: src("skimage", `${SK}/grass.png`), gravel: src("skimage", `${SK}/gravel.png`), brick: src("skimage", `${SK}/brick.png`),
  hopper: src("mpl", "/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg"),
  ...Object.fromEntries(["bicycle", "book", "calculator", "cat", "coffee2", "flower2", "gamepad", "guitar2", "headphones", "hummingbird", "mountain", "plane", "surfer", "tomatoes", "tree"]
    .map((n) => [`face-${n}`, src("gnome", `/usr/share/pixmaps/faces/${n}.jpg`)])),
  ...Object.fromEntries(["astronaut", "chess", "coffee", "dice", "fish", "flake", "grapes", "penguin", "puppy", "sunset", "yellow-rose", "lightning"]
    .map((n) => [`legacy-${n}`, src("gnome", `/usr/share/pixmaps/faces/legacy/${n}.jpg`)])),
  ...Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`dde-${i + 1}`, src("dde", `/var/lib/AccountsService/icons/bigger/${i + 1}.png`)])),
  ...Object.fromEntries(["Aqua", "Blinds", "Dune", "FreshFlower", "Garden", "GreenMeadow", "LadyBird", "RainDrops", "Storm", "TwoWings", "Wood", "YellowFlower"]
    .map((n) => [`mate-${n}`, src("mate", `/usr/share/backgrounds/mate/nature/${n}.jpg`)])),
  ...Object.fromEntries(["OneStandsOut", "ColdRipple", "Grey", "DarkestHour", "Path", "EveningGlow", "Kite", "FallenLeaf", "summer_1am", "BytheWater"]
    .map((n) => [`plasma-${n}`, src("plasma", `/usr/share/wallpapers/${n}/contents/images/${n === "BytheWater" ? "2560x1600" : "1280x800"}.jpg`)])),
  "plasma-ColorfulCups": src("plasma", "/usr/share/wallpapers/ColorfulCups/contents/images/2560x1600.jpg"),
} as Record<string, { kind: keyof typeof PKG; path: string }>;

interface Item { file: string; from: string; package: string; path: string; licence: string; recipe: string }
const items: Item[] = [];
const files = new Map<string, Buffer>();

const load = (key: string, side = SIDE) => sharp(S[key].path).flatten({ background: "#ffffff" }).resize(side, side, { fit: "inside", withoutEnlargement: true });
async function rgb(img: sharp.Sharp) {
  const { data, info } = await img.removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  return { data: new Float64Array(data), width: info.width, height: info.height, channels: info.channels };
}
type Raw = Awaited<ReturnType<typeof rgb>>;
const toLin = (v: number) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
const toSrgb = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.max(0, c) ** (1 / 2.4) - 0.055);
const fromRaw = (r: Raw) => sharp(Buffer.from(r.data.map((v) => Math.max(0, Math.min(255, Math.round(v))))), { raw: { width: r.width, height: r.height, channels: r.channels as 3 } });
const jpeg = (img: sharp.Sharp, quality = 88) => img.jpeg({ quality }).toBuffer();

function add(file: string, from: string, recipe: string, bytes: Buffer): void {
  const s = S[from];
  items.push({ file, from, package: PKG[s.kind].pkg, path: s.path, licence: PKG[s.kind].licence, recipe });
  files.set(file, bytes);
}

/** Exposure change in linear light (stops < 0 darkens), with optional shot + read noise and re-brightening. */
async function exposure(key: string, stops: number, noise = 0, push = 0): Promise<Buffer> {
  const r = await rgb(load(key));
  const k = 2 ** stops;
  r.data = r.data.map((v) => {
    let lin = toLin(v) * k;
    if (noise) lin += noise * Math.sqrt(Math.max(lin, 0) / 50 + 1e-5) * gauss(); // photon-like noise at 1/50 of full well
    return toSrgb(Math.min(1, lin * 2 ** push));
  });
  return jpeg(fromRaw(r));
}

/** A faded print or a hazy lens: a veil of `veil` grey added over the picture, contrast scaled down. */
async function veil(key: string, amount: number, level: number): Promise<Buffer> {
  const r = await rgb(load(key));
  r.data = r.data.map((v) => (1 - amount) * v + amount * level);
  return jpeg(fromRaw(r));
}

const disc = (radius: number) => {
  const size = 2 * radius + 1, kernel: number[] = [];
  for (let y = -radius; y <= radius; y++) for (let x = -radius; x <= radius; x++) kernel.push(x * x + y * y <= radius * radius + 0.5 ? 1 : 0);
  return { width: size, height: size, kernel, scale: kernel.reduce((a, b) => a + b, 0) };
};
// sharp wants a kernel at least 3x3: the line sits in the middle row.
const line = (len: number) => ({ width: len, height: 3, kernel: [...Array(len).fill(0), ...Array(len).fill(1), ...Array(len).fill(0)], scale: len });

async function main(): Promise<void> {
  // 1. Real photos as they come (shrunk to 400 px): clean ones and hard negatives, and
  //    the naturally grey ones (1-channel scans and textures). Legacy faces stay 96 px.
  const whole = ["astronaut", "camera", "chelsea", "coffee", "coins", "text", "hubble", "rocket", "clock", "grass", "gravel", "brick", "hopper",
    ...Object.keys(S).filter((k) => /^(face|dde|mate|plasma)-/.test(k))];
  for (const key of whole) add(`${key}.jpg`, key, "whole photo, longest side 400 px, JPEG q88", await jpeg(load(key)));
  for (const key of ["legacy-astronaut", "legacy-chess", "legacy-coffee", "legacy-dice", "legacy-fish", "legacy-flake", "legacy-grapes", "legacy-penguin", "legacy-puppy", "legacy-sunset", "legacy-yellow-rose", "legacy-lightning"]) {
    add(`${key}.jpg`, key, "legacy 96 px face, unchanged bytes", readFileSync(S[key].path));
  }
  // 2. Tinted monochrome prints (hard negatives for grayscale and light): toned, full tonal range.
  // Toning multiplies each grey level by a colour (r, g, b gains), as a chemical toner does.
  const tone = async (key: string, gains: [number, number, number], name: string) => {
    const y = [0.299, 0.587, 0.114];
    const matrix = gains.map((k) => y.map((w) => w * k)) as [[number, number, number], [number, number, number], [number, number, number]];
    add(`${key}-${name}.jpg`, key, `monochrome print toned ${name} (grey level x ${gains.join(", ")} per channel)`, await jpeg(load(key).toColourspace("srgb").recomb(matrix)));
  };
  await tone("hopper", [1, 0.8, 0.55], "sepia");
  await tone("camera", [1, 0.82, 0.6], "sepia");
  await tone("face-tree", [1, 0.85, 0.65], "sepia");
  await tone("coins", [0.45, 0.7, 1], "cyanotype");
  await tone("plasma-Path", [1, 0.9, 0.75], "brown");
  // 3. Colour photos converted to grey and saved as RGB (grayscale positives).
  for (const key of ["chelsea", "face-surfer", "mate-LadyBird", "dde-4"]) add(`${key}-grey.jpg`, key, "converted to grey, saved as 3-channel JPEG", await jpeg(load(key).grayscale().toColourspace("srgb")));
  // 4. Underexposed by 3.5-5 stops (dark positives).
  for (const [key, stops] of [["face-bicycle", -4], ["coffee", -4.5], ["face-tomatoes", -4.5], ["mate-Garden", -4], ["plasma-EveningGlow", -4], ["dde-6", -5], ["astronaut", -4.5], ["face-headphones", -4.5]] as [string, number][])
    add(`${key}-under${-stops}.jpg`, key, `underexposed ${-stops} stops in linear light`, await exposure(key, stops));
  // 5. Overexposed by 2-3 stops (light positives) and faded / hazy (light positives: the dark end is gone).
  for (const [key, stops] of [["face-book", 2.5], ["mate-Dune", 2], ["plasma-Path", 3], ["face-cat", 2.5]] as [string, number][])
    add(`${key}-over${stops}.jpg`, key, `overexposed ${stops} stops in linear light, clipped`, await exposure(key, stops));
  for (const [key, amount, level] of [["face-guitar2", 0.55, 230], ["chelsea", 0.5, 220], ["mate-Storm", 0.6, 235], ["face-calculator", 0.5, 215], ["rocket", 0.55, 225]] as [string, number, number][])
    add(`${key}-faded.jpg`, key, `faded: ${Math.round(amount * 100)}% veil of grey ${level}`, await veil(key, amount, level));
  // 6. Defocus (disc) and motion (line) blur at 400 px (blurry positives).
  for (const [key, r] of [["face-tree", 5], ["astronaut", 4], ["mate-GreenMeadow", 6], ["plasma-ColorfulCups", 5], ["dde-14", 4]] as [string, number][])
    add(`${key}-defocus${r}.jpg`, key, `defocus: disc kernel radius ${r} px`, await jpeg(load(key).convolve(disc(r))));
  for (const [key, len] of [["face-bicycle", 17], ["coins", 21], ["plasma-OneStandsOut", 15]] as [string, number][])
    add(`${key}-motion${len}.jpg`, key, `motion blur: ${len} px horizontal line kernel`, await jpeg(load(key).convolve(line(len))));
  // 7. Low-light shots pushed back up (noisy positives): shot noise after -3 stops, +3 stops push.
  for (const [key, n] of [["face-coffee2", 0.5], ["hopper", 0.6], ["mate-YellowFlower", 0.5], ["face-plane", 0.5], ["dde-12", 0.6]] as [string, number][])
    add(`${key}-lowlight.jpg`, key, `3 stops under with shot noise (${n}), pushed 3 stops`, await exposure(key, -3, n, 3));
  // 8. Strips (oddAspectRatio positives, 4:1 and more) and panoramas near the cut (2:1 to 2.4:1 negatives).
  const crop = async (key: string, ratio: number, name: string) => {
    const img = load(key, 1200);
    const { data, info } = await img.toBuffer({ resolveWithObject: true });
    const w = info.width, h = info.height;
    const [cw, ch] = ratio >= 1 ? [w, Math.round(w / ratio)] : [Math.round(h * ratio), h];
    const box = { left: Math.floor((w - Math.min(w, cw)) / 2), top: Math.floor((h - Math.min(h, ch)) / 2), width: Math.min(w, cw), height: Math.min(h, ch) };
    add(`${key}-${name}.jpg`, key, `${name} crop ${box.width}x${box.height}`, await jpeg(sharp(data).extract(box).resize(SIDE, SIDE, { fit: "inside" })));
  };
  for (const [key, ratio] of [["plasma-EveningGlow", 2.3], ["mate-Dune", 2.4], ["plasma-summer_1am", 2.2], ["face-mountain", 2.0], ["plasma-Path", 2.35]] as [string, number][]) await crop(key, ratio, "panorama");
  for (const [key, ratio] of [["face-surfer", 4.5], ["plasma-Kite", 5], ["face-tree", 1 / 4.2], ["mate-FreshFlower", 6], ["dde-11", 1 / 5]] as [string, number][]) await crop(key, ratio, "strip");
  // 9. Featureless crops of real photos (lowInformation positives): plain sky, still water, blank paper.
  const plain = async (key: string, box: { left: number; top: number; width: number; height: number }, what: string) => {
    const img = sharp(S[key].path).extract(box).resize(256, 256, { fit: "inside" });
    add(`${key}-plain.jpg`, key, `featureless crop (${what}) ${box.width}x${box.height} at ${box.left},${box.top}`, await jpeg(img));
  };
  await plain("plasma-Kite", { left: 450, top: 20, width: 300, height: 200 }, "blue sky");
  await plain("plasma-DarkestHour", { left: 500, top: 40, width: 300, height: 220 }, "dusk sky");
  await plain("plasma-summer_1am", { left: 400, top: 30, width: 320, height: 200 }, "evening sky");
  // 10. Damaged files that a lenient decoder still opens, and plainly broken ones (unreadable).
  const png = await load("face-hummingbird").png().toBuffer();
  const crc = Buffer.from(png); const idat = crc.indexOf("IDAT"); crc[idat + 4 + crc.readUInt32BE(idat - 4)] ^= 0xff;
  add("face-hummingbird-badcrc.png", "face-hummingbird", "PNG with a wrong IDAT chunk checksum (one CRC byte flipped)", crc);
  const png2 = await load("dde-5").png().toBuffer();
  const crc2 = Buffer.from(png2); const ihdr = crc2.indexOf("IHDR"); crc2[ihdr + 4 + 13] ^= 0x01;
  add("dde-5-badcrc.png", "dde-5", "PNG with a wrong IHDR chunk checksum", crc2);
  for (const [key, at] of [["face-gamepad", 0.35], ["mate-Aqua", 0.5], ["dde-2", 0.6]] as [string, number][]) {
    const j = Buffer.from(await jpeg(load(key)));
    const sos = j.indexOf(Buffer.from([0xff, 0xda]));
    const start = sos + Math.round((j.length - sos) * at);
    for (let k = 0; k < 64; k++) j[start + k * 5] ^= 0x3c;
    add(`${key}-corrupt.jpg`, key, `JPEG with 64 scan bytes corrupted ${Math.round(at * 100)}% into the scan`, j);
  }
  const j3 = await jpeg(load("dde-3")); const sos3 = j3.indexOf(Buffer.from([0xff, 0xda]));
  add("dde-3-extraneous.jpg", "dde-3", "JPEG with 3 stray bytes before the start-of-scan marker", Buffer.concat([j3.subarray(0, sos3), Buffer.from([0, 17, 34]), j3.subarray(sos3)]));
  const j4 = await jpeg(load("face-hummingbird"));
  add("face-hummingbird-truncated.jpg", "face-hummingbird", "JPEG cut at 55% of its bytes (interrupted download)", j4.subarray(0, Math.round(j4.length * 0.55)));

  const tmp = `${OUT}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [file, bytes] of files) writeFileSync(join(tmp, file), bytes);
  rmSync(OUT, { recursive: true, force: true });
  renameSync(tmp, OUT);
  items.sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(`${MANIFEST}.partial`, JSON.stringify({ madeBy: "data/curation-outside/make-outside-images.ts", sharp: sharp.versions.sharp, files: items }, null, 1) + "\n");
  renameSync(`${MANIFEST}.partial`, MANIFEST);
  const total = [...files.values()].reduce((n, b) => n + b.length, 0);
  console.log(`wrote ${files.size} files (${(total / 1e6).toFixed(2)} MB) to ${OUT}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
