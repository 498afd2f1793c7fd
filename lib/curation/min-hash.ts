// Hand-written: the MinHash packages on npm are small and unmaintained (e.g. `minhash`
// 0.0.9), and the algorithm is 30 lines. FNV-1a hashes each shingle, then `numHashes`
// seeded affine permutations modulo a Mersenne prime give the signature.

const PRIME = 2147483647; // 2^31 - 1

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % PRIME;
}

/** (a*x + b) mod PRIME without losing precision (a, x < 2^31). */
function affine(a: number, b: number, x: number): number {
  const hi = Math.floor(a / 65536), lo = a % 65536;
  return (((hi * x) % PRIME) * 65536 + lo * x + b) % PRIME;
}

export interface MinHashOptions {
  /** Words per shingle (default 3). */
  shingleWords?: number;
  /** Signature length (default 128). */
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
  const { shingleWords = 3, numHashes = 128 } = options;
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const shingles = new Set<number>();
  for (let i = 0; i + shingleWords <= Math.max(words.length, shingleWords); i++) shingles.add(fnv1a(words.slice(i, i + shingleWords).join(" ")));
  const sig = new Uint32Array(numHashes).fill(PRIME);
  let seed = 0x9e3779b9;
  for (let k = 0; k < numHashes; k++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const a = (seed % (PRIME - 1)) + 1;
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const b = seed % PRIME;
    for (const s of shingles) {
      const v = affine(a, b, s);
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
