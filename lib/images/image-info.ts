import sharp from "sharp";
import { stat } from "node:fs/promises";

/** What one image file is, or why it could not be read. */
export type ImageInfo =
  | { path: string; ok: true; width: number; height: number; format: string; channels: number; bytes: number }
  | { path: string; ok: false; error: string };

export interface ImageInfoOptions {
  /** Images with more pixels than this are refused as decompression bombs (default 1e8). */
  maxPixels?: number;
}

async function readOne(path: string, maxPixels: number): Promise<ImageInfo> {
  try {
    const { size } = await stat(path);
    const meta = await sharp(path, { limitInputPixels: maxPixels }).metadata();
    if (!meta.width || !meta.height || !meta.format) throw new Error("not an image sharp can read");
    if (meta.width * meta.height > maxPixels) {
      throw new Error(`${meta.width}x${meta.height} is over the limit of ${maxPixels} pixels`);
    }
    return { path, ok: true, width: meta.width, height: meta.height, format: meta.format, channels: meta.channels ?? 0, bytes: size };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return { path, ok: false, error: reason };
  }
}

/**
 * Reads size, format and file size of many images from their headers. One row per
 * path, in order; unreadable files get `ok: false` and the reason, the rest go on.
 *
 * @example
 * const rows = await imageInfo(["data/a.jpg", "notes.txt"]);
 * rows[1] // { path: "notes.txt", ok: false, error: "Input file contains unsupported image format" }
 */
export async function imageInfo(paths: string[], options: ImageInfoOptions = {}): Promise<ImageInfo[]> {
  const { maxPixels = 1e8 } = options;
  return Promise.all(paths.map((p) => readOne(p, maxPixels)));
}
