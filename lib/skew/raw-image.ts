import sharp from "sharp";
import { InputError } from "../errors/workshop-error";

/** Decoded 8-bit pixels, interleaved, `channels` per pixel (1 = grey, 3 = RGB). */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

/** A sharp pipeline (what `sharp(path)` returns). */
export type SharpImage = ReturnType<typeof sharp>;

/** Anything the skew transforms accept: a file path, encoded bytes, a sharp pipeline, or decoded pixels. */
export type SkewInput = string | Uint8Array | RawImage | SharpImage;

/**
 * Decodes an image (path, encoded bytes or a sharp pipeline) to RGB pixels; a RawImage
 * passes through.
 * Alpha is flattened onto white.
 *
 * @example
 * const raw = await readRaw("data/photo.jpg"); // { data, width, height, channels: 3 }
 */
export async function readRaw(image: SkewInput): Promise<RawImage> {
  if (typeof image === "object" && "channels" in image && "data" in image) return image as RawImage;
  try {
    const pipeline = typeof image === "object" && "toBuffer" in image ? (image as SharpImage).clone() : sharp(image as string | Buffer);
    const { data, info } = await pipeline.rotate().flatten({ background: "#ffffff" })
      .removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels };
  } catch (e) {
    const what = typeof image === "string" ? `'${image}'` : image instanceof Uint8Array ? `${image.length} bytes` : "a sharp pipeline";
    throw new InputError(`Expected a decodable image, got ${what} (${(e as Error).message}).`, "Pass the path or bytes of a JPEG, PNG or WebP image.");
  }
}

/** An empty RawImage with the same shape as `like` (or the given size). */
export function blankLike(like: RawImage, width = like.width, height = like.height): RawImage {
  return { data: new Uint8Array(width * height * like.channels), width, height, channels: like.channels };
}
