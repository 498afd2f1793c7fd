import sharp from "sharp";
import { InputError } from "../errors/workshop-error";

export interface BytesPerPixelOptions {
  /** JPEG quality of the re-encode (default 75): fixed, so the source's quality cannot hide the signal. */
  quality?: number;
  /** Longest side the image is shrunk to first (default 256, the size findImageIssues measures at; never enlarged). */
  maxSide?: number;
  /** When `input` is raw pixels rather than an encoded file, their layout (default: encoded file). */
  raw?: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/**
 * Compressed size per pixel: the image re-encoded as JPEG at a fixed quality, in bytes,
 * divided by its pixel count. Blank and near-uniform images land near 0.01, photos
 * around 0.1-0.3, noise and heavy texture at 0.3 and above. Unlike raw file size it does
 * not depend on the file's format, its original quality or its resolution.
 *
 * @example
 * await bytesPerPixel("data/curation/images/img-000.jpg"); // 0.143
 */
export async function bytesPerPixel(input: string | Buffer, options: BytesPerPixelOptions = {}): Promise<number> {
  const { quality = 75, maxSide = 256, raw } = options;
  if (!(quality >= 1 && quality <= 100)) {
    throw new InputError(`Expected a JPEG quality from 1 to 100, got ${quality}.`, "Use the default 75 unless you compare runs.");
  }
  if (!(maxSide >= 8)) throw new InputError(`Expected maxSide of at least 8 pixels, got ${maxSide}.`, "Use the default 256.");
  try {
    const { data, info } = await sharp(input, raw ? { raw } : { failOn: "truncated" })
      .resize(maxSide, maxSide, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality })
      .toBuffer({ resolveWithObject: true });
    return data.length / (info.width * info.height);
  } catch (err) {
    const what = typeof input === "string" ? `'${input}'` : "the buffer";
    throw new InputError(`Could not decode ${what} as an image: ${(err as Error).message}.`, "Check that the file is a complete JPEG, PNG, WebP, GIF or TIFF.");
  }
}
