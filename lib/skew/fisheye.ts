import { encodeRaw, type EncodeRawOptions } from "./encode-raw";
import { fisheyePixels } from "./fisheye-pixels";
import { readRaw, type SkewInput } from "./raw-image";

/**
 * Fisheye / wide-angle barrel distortion of an image (see fisheyePixels for the
 * remap), returned as encoded bytes (PNG by default). Strength 0 to 5; 0 = unchanged.
 *
 * @example
 * await compare(path, await fisheye(path, 0.8), { labels: ["clean", "fisheye 0.8"] });
 */
export async function fisheye(image: SkewInput, strength: number, options: EncodeRawOptions = {}): Promise<Buffer> {
  return encodeRaw(fisheyePixels(await readRaw(image), strength), options);
}
