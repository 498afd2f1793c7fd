import { InputError } from "../errors/workshop-error";
import { encodeRaw, type EncodeRawOptions } from "./encode-raw";
import { readRaw, type SkewInput } from "./raw-image";
import { PIXEL_SKEWS, skewPixels, type PixelSkew } from "./skew-pixels";

/** Every image skew: the pixel skews plus JPEG compression. */
export const IMAGE_SKEWS = [...PIXEL_SKEWS, "jpeg"] as const;
export type ImageSkew = PixelSkew | "jpeg";

/** Options of {@link skewImage}. */
export interface SkewImageOptions extends EncodeRawOptions {
  /** Seed for skews with randomness (default 1). */
  seed?: number;
}

/**
 * Decodes an image, applies one named skew (see skewPixels; "jpeg" re-encodes at
 * quality 90 - 85 * strength) and returns encoded bytes (PNG unless `format` says so).
 *
 * @example
 * const bytes = await skewImage(samplePath("photos/nagasaki-boats"), "haze", 0.5);
 * await compare(path, bytes, { labels: ["clean", "haze 0.5"] });
 */
export async function skewImage(image: SkewInput, kind: ImageSkew, strength: number, options: SkewImageOptions = {}): Promise<Buffer> {
  const { seed = 1, ...encode } = options;
  if (!(IMAGE_SKEWS as readonly string[]).includes(kind)) {
    throw new InputError(`Unknown image skew '${kind}'.`, `Use one of: ${IMAGE_SKEWS.join(", ")}.`);
  }
  const raw = await readRaw(image);
  if (kind === "jpeg") {
    if (!(strength >= 0 && strength <= 1)) throw new InputError(`Expected a skew strength from 0 to 1, got ${strength}.`, "Use 0 for the clean image and 1 for the most severe skew.");
    const jpeg = await encodeRaw(raw, { format: "jpeg", quality: Math.max(1, Math.round(90 - 85 * strength)) });
    return encode.format === "jpeg" ? jpeg : encodeRaw(await readRaw(jpeg), encode);
  }
  return encodeRaw(skewPixels(raw, kind, strength, { seed }), encode);
}

