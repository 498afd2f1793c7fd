import { hammingDistance } from "./perceptual-hash";

/** What near-duplicate search needs of one image. */
export interface NearDuplicateKey {
  /** 64-bit pHash as "0"/"1" characters. */
  perceptualHash: string;
  /** A small grey thumbnail (any fixed size, same for all images), row-major bytes. */
  thumbnail: Uint8Array;
}

export interface FindNearDuplicatesOptions {
  /** Max pHash Hamming distance (of 64 bits) to be a candidate (default 18). */
  maxDistance?: number;
  /** Min correlation of the zero-mean thumbnails to confirm a candidate (default 0.82). */
  minCorrelation?: number;
}

/** Pearson correlation of two equal-length byte arrays (0 when either is flat). */
export function thumbnailCorrelation(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  let ma = 0, mb = 0;
  for (let i = 0; i < n; i++) { ma += a[i]; mb += b[i]; }
  ma /= n; mb /= n;
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - ma, db = b[i] - mb;
    ab += da * db; aa += da * da; bb += db * db;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/**
 * Pairs [i, j] (i < j) of near-duplicate images: pHash within `maxDistance` bits AND
 * thumbnails correlated at `minCorrelation` or more. pHash alone is weak on small crops
 * (a 3% crop can move 14 of 64 bits, as far as some unrelated pictures); the thumbnail
 * check is contrast- and brightness-invariant and tells those apart.
 *
 * @example
 * findNearDuplicates(keys); // [[3, 17], [40, 41]]
 */
export function findNearDuplicates(keys: NearDuplicateKey[], options: FindNearDuplicatesOptions = {}): [number, number][] {
  const { maxDistance = 18, minCorrelation = 0.82 } = options;
  const pairs: [number, number][] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (hammingDistance(keys[i].perceptualHash, keys[j].perceptualHash) > maxDistance) continue;
      if (thumbnailCorrelation(keys[i].thumbnail, keys[j].thumbnail) >= minCorrelation) pairs.push([i, j]);
    }
  }
  return pairs;
}
