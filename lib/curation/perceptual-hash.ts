// sharp-phash (MIT, 2.2.0) does the DCT hash; we hand it a small raw grey buffer so the
// image is not decoded a second time.
import phash from "sharp-phash";
import distance from "sharp-phash/distance";

/**
 * 64-bit DCT perceptual hash (pHash) of an image as a string of 64 "0"/"1". Re-encoding,
 * resizing, small crops and brightness changes move few bits; different pictures differ
 * in about half of them.
 *
 * @example
 * const a = await perceptualHash("data/curation/images/img-000.jpg");
 * hammingDistance(a, await perceptualHash("data/curation/images/img-001.jpg")); // 31
 */
export async function perceptualHash(
  input: string | Buffer,
  raw?: { width: number; height: number; channels: 1 | 2 | 3 | 4 },
): Promise<string> {
  return phash(input, raw ? { raw } : undefined);
}

/** Number of differing bits between two hashes of equal length. */
export function hammingDistance(a: string, b: string): number {
  return distance(a, b);
}
