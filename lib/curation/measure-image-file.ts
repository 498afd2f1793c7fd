import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import sharp from "sharp";
import { bytesPerPixel } from "./bytes-per-pixel";
import { measurePixels, type PixelStats } from "./measure-pixels";
import { perceptualHashOfGrey32 } from "./perceptual-hash";

/** Everything measured about one readable image file. */
export interface ImageMeasurement {
  ok: true;
  format: string;
  width: number;
  height: number;
  fileBytes: number;
  /** JPEG bytes per pixel of the working copy (statsSide, default 256 px) re-encoded at a fixed quality (see bytesPerPixel). */
  bytesPerPixel: number;
  /** sha256 of the file's bytes. */
  contentHash: string;
  /** 64-bit pHash as "0"/"1" characters. */
  perceptualHash: string;
  /** 16x16 grey thumbnail (aspect ignored; 2x2 means of pHash's 32x32 one), for confirming near-duplicates. */
  thumbnail: Uint8Array;
  stats: PixelStats;
  /** Things worth knowing that do not make the file unusable (e.g. a wrong extension). */
  warnings: string[];
}

export interface MeasureImageFileOptions {
  /** Longest side of the working copy the statistics are measured on (default 256). */
  statsSide?: number;
  /** Files larger than this many bytes are refused unread (default 50 MB). */
  maxFileBytes?: number;
  /** Images with more pixels than this are refused as decompression bombs (default 1e8). */
  maxPixels?: number;
  /**
   * Salvage damaged files (default false). By default a file is decoded strictly
   * (sharp's `failOn: "warning"`): a PNG with a wrong chunk checksum or a JPEG with a
   * corrupt segment is unreadable, with the decoder's reason, because a lenient
   * decoder fills the damage with grey or garbage and the scores then describe the
   * damage. With `lenient: true` such a file is decoded anyway (`failOn: "none"`) and
   * the strict decoder's complaint is kept in `warnings`.
   */
  lenient?: boolean;
}

const EXTENSIONS: Record<string, string[]> = {
  jpeg: [".jpg", ".jpeg", ".jpe", ".jfif"], png: [".png"], webp: [".webp"], gif: [".gif"],
  tiff: [".tif", ".tiff"], avif: [".avif"], heif: [".heic", ".heif", ".avif"], svg: [".svg"],
};

/**
 * Reads one image file and measures it, or says why it cannot be read (empty, too
 * large, not an image, truncated). Never throws for a bad file.
 *
 * @example
 * const m = await measureImageFile("data/curation/images/img-000.jpg");
 * if (m.ok) m.bytesPerPixel; // 0.143
 */
export async function measureImageFile(path: string, options: MeasureImageFileOptions = {}): Promise<ImageMeasurement | { ok: false; error: string }> {
  const { statsSide = 256, maxFileBytes = 50e6, maxPixels = 1e8, lenient = false } = options;
  let buf: Buffer | undefined;
  try {
    const { size } = await stat(path);
    if (size === 0) return { ok: false, error: "empty file (0 bytes)" };
    if (size > maxFileBytes) return { ok: false, error: `file is ${size} bytes, over the limit of ${maxFileBytes}` };
    buf = await readFile(path);
    const meta = await sharp(buf, { limitInputPixels: maxPixels, failOn: "none" }).metadata(); // header only; pixels are decoded strictly below
    const format = meta.format ?? "unknown";
    const warnings: string[] = [];
    const ext = extname(path).toLowerCase();
    if (ext && EXTENSIONS[format] && !EXTENSIONS[format].includes(ext)) warnings.push(`extension ${ext} but the content is ${format}`);
    const decode = (failOn: "warning" | "none") => {
      let img = sharp(buf, { failOn, limitInputPixels: maxPixels });
      if (meta.hasAlpha) img = img.flatten({ background: "#ffffff" });
      return img.resize(512, 512, { fit: "inside", withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
    };
    let decoded: Awaited<ReturnType<typeof decode>>;
    try {
      decoded = await decode("warning");
    } catch (err) {
      if (!lenient) throw err;
      warnings.push(`damaged, decoded leniently: ${reason(err)}`);
      decoded = await decode("none");
    }
    const { data, info } = decoded;
    const raw = { width: info.width, height: info.height, channels: info.channels };
    const small = await sharp(data, { raw })
      .resize(statsSide, statsSide, { fit: "inside", withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const smallRaw = { width: small.info.width, height: small.info.height, channels: small.info.channels };
    const grey32 = grey32Boxes(small.data, smallRaw.width, smallRaw.height, smallRaw.channels);
    return {
      ok: true, format, width: meta.width ?? info.width, height: meta.height ?? info.height, fileBytes: size,
      // Re-encoded from the working copy, not the 512 px decode: a quarter of the pixels to encode
      // (the JPEG encode was the costliest step of the scan), the same fixed quality for every file.
      bytesPerPixel: await bytesPerPixel(small.data, { raw: smallRaw }),
      contentHash: createHash("sha256").update(buf).digest("hex"),
      perceptualHash: perceptualHashOfGrey32(grey32),
      thumbnail: halve(grey32, 32),
      stats: measurePixels(small.data, smallRaw.width, smallRaw.height, smallRaw.channels),
      warnings,
    };
  } catch (err) {
    let why = reason(err);
    // The pixel decoder sometimes only says "Unknown error"; the header reader may say more (e.g. "IHDR: CRC error").
    if (why === GAVE_UP && buf) why = await sharp(buf, { failOn: "warning" }).metadata().then(() => why, (e) => reason(e));
    return { ok: false, error: why };
  }
}

/**
 * The 32x32 grey thumbnail (aspect ignored) of the working copy, as box means of its
 * luminance (Rec. 601 weights). Written by hand because a fourth sharp pipeline per file
 * (greyThumbnail32) cost a fifth of the scan's time; the working copy is at most 256 px,
 * so each box is a few pixels wide and a box mean is what a downscale computes anyway.
 */
function grey32Boxes(px: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  const out = new Uint8Array(32 * 32);
  for (let by = 0; by < 32; by++) {
    const y0 = Math.floor((by * height) / 32), y1 = Math.max(y0 + 1, Math.floor(((by + 1) * height) / 32));
    for (let bx = 0; bx < 32; bx++) {
      const x0 = Math.floor((bx * width) / 32), x1 = Math.max(x0 + 1, Math.floor(((bx + 1) * width) / 32));
      let sum = 0, n = 0;
      for (let y = y0; y < y1 && y < height; y++) {
        for (let x = x0, o = (y * width + x0) * channels; x < x1 && x < width; x++, o += channels) {
          sum += channels >= 3 ? 0.299 * px[o] + 0.587 * px[o + 1] + 0.114 * px[o + 2] : px[o];
          n++;
        }
      }
      out[by * 32 + bx] = n ? Math.round(sum / n) : 0;
    }
  }
  return out;
}

/** A square grey image of side n shrunk to n/2 by 2x2 means (one sharp call fewer per file). */
function halve(px: Uint8Array, n: number): Uint8Array {
  const h = n / 2, out = new Uint8Array(h * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < h; x++) {
      const i = 2 * y * n + 2 * x;
      out[y * h + x] = Math.round((px[i] + px[i + 1] + px[i + n] + px[i + n + 1]) / 4);
    }
  return out;
}

/**
 * The decoder's own complaint: the first line of the message that is not sharp's
 * "Warning treated as error" preamble. libvips says "Unknown error" when a JPEG ends
 * before its image does.
 */
function reason(err: unknown): string {
  const lines = (err instanceof Error ? err.message : String(err)).split("\n").map((l) => l.trim());
  const first = lines.find((l) => l && !l.startsWith("Warning treated as error")) ?? "";
  return first === "Unknown error" || !first ? GAVE_UP : first;
}

const GAVE_UP = "decoder gave up (truncated or damaged data)";
