// Hand-written: the MinHash packages on npm are small and unmaintained (e.g. `minhash`
// 0.0.9), and the algorithm is 30 lines. FNV-1a hashes each shingle once; hash k is that
// value xor a fixed seed, scrambled by MurmurHash3's 32-bit finaliser (a bijection, so
// each k is a random-looking permutation of the shingle hashes). 32-bit integer maths only.

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3 fmix32: a fast 32-bit bijection with good avalanche. */
function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS: number[] = [];
for (let k = 0, s = 0x9e3779b9; k < 1024; k++) SEEDS.push((s = fmix32(s + 0x9e3779b9)));

export interface MinHashOptions {
  /** Words per shingle (default 3). */
  shingleWords?: number;
  /** Signature length (default 128, at most 1024). */
  numHashes?: number;
}

/**
 * MinHash signature of a text over lower-cased word shingles. The share of equal
 * positions in two signatures estimates the Jaccard similarity of their shingle sets.
 * Deterministic: the permutations come from a fixed seed.
 *
 * @example
 * const a = minHash("the quick brown fox jumps"), b = minHash("the quick brown fox leaps");
 * estimateJaccard(a, b); // about 0.5
 */
export function minHash(text: string, options: MinHashOptions = {}): Uint32Array {
  const { shingleWords = 3 } = options;
  const numHashes = Math.min(1024, options.numHashes ?? 128);
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const shingles = new Set<number>();
  for (let i = 0; i + shingleWords <= Math.max(words.length, shingleWords); i++) shingles.add(fnv1a(words.slice(i, i + shingleWords).join(" ")));
  const sig = new Uint32Array(numHashes).fill(0xffffffff);
  const seeds = SEEDS.slice(0, numHashes);
  for (const h of shingles) {
    for (let k = 0; k < numHashes; k++) {
      const v = fmix32(h ^ seeds[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** Share of positions where two signatures agree: an estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n ? same / n : 0;
}
