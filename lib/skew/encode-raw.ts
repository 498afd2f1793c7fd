import sharp from "sharp";
import type { RawImage } from "./raw-image";

/** Options of {@link encodeRaw}. */
export interface EncodeRawOptions {
  /** Output format (default "png", lossless, so the skew you apply is the only change). */
  format?: "png" | "jpeg";
  /** JPEG quality 1-100 (default 90; ignored for PNG). */
  quality?: number;
}

/**
 * Encodes raw pixels as PNG or JPEG bytes (to show, save or feed to a model).
 *
 * @example
 * const png = await encodeRaw(fisheyePixels(await readRaw(path), 0.5));
 */
export async function encodeRaw(raw: RawImage, options: EncodeRawOptions = {}): Promise<Buffer> {
  const { format = "png", quality = 90 } = options;
  const img = sharp(Buffer.from(raw.data.buffer, raw.data.byteOffset, raw.data.length), {
    raw: { width: raw.width, height: raw.height, channels: raw.channels as 1 | 3 | 4 },
  });
  return format === "jpeg" ? img.jpeg({ quality }).toBuffer() : img.png({ compressionLevel: 3 }).toBuffer();
}
