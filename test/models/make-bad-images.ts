import sharp from "sharp";
import { crc32, deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A valid grayscale PNG of side x side black pixels: a few hundred kB that decode to side² bytes. */
export function pngBomb(side: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grayscale
  const raw = Buffer.alloc((side + 1) * side); // filter byte 0 + zeros per row
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0)),
  ]);
  return png;
}

/** Writes the five kinds of bad input into `dir` and returns their paths by kind. */
export async function makeBadImages(dir: string): Promise<Record<string, string>> {
  const noise = Buffer.from(Array.from({ length: 96 * 96 * 3 }, (_, i) => (i * 7919) % 251));
  const jpeg = await sharp(noise, { raw: { width: 96, height: 96, channels: 3 } }).jpeg().toBuffer();
  const paths = {
    missing: join(dir, "missing.jpg"),
    text: join(dir, "notes.jpg"),
    truncated: join(dir, "truncated.jpg"),
    tiny: join(dir, "one-pixel.png"),
    bomb: join(dir, "bomb.png"),
  };
  writeFileSync(paths.text, "These are my notes, not a picture.\n");
  writeFileSync(paths.truncated, jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  writeFileSync(paths.tiny, await sharp({ create: { width: 1, height: 1, channels: 3, background: "red" } }).png().toBuffer());
  writeFileSync(paths.bomb, pngBomb(20000));
  return paths;
}
