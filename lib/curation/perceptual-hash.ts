import sharp from "sharp";

// The hash is sharp-phash's (MIT; 32x32 grey, 2-D DCT-II, the 8x8 lowest frequencies
// after the DC row and column, each bit = coefficient > their mean), computed here with
// the separable DCT and only the 64 coefficients it keeps: sharp-phash runs the full
// 4-deep DCT loop (a million multiply-adds, ~10 ms an image, a third of the scan's time
// budget). test/curation/perceptual-hash.test.ts checks bit-for-bit equality against
// sharp-phash itself.
const N = 32;
const COS: Float64Array[] = Array.from({ length: N }, (_, i) =>
  Float64Array.from({ length: 9 }, (_, u) => Math.cos(((2 * i + 1) / (2 * N)) * u * Math.PI)));

/**
 * 64-bit DCT perceptual hash (pHash) of an image as a string of 64 "0"/"1", the same
 * bits sharp-phash gives. Re-encoding, resizing and brightness changes move few bits;
 * different pictures differ in about half of them. Small crops can move 10-15 bits,
 * which is why near-duplicate search confirms candidates with a thumbnail check.
 *
 * @example
 * const a = await perceptualHash("data/curation/images/img-000.jpg");
 * hammingDistance(a, await perceptualHash("data/curation/images/img-001.jpg")); // 31
 */
export async function perceptualHash(
  input: string | Buffer,
  raw?: { width: number; height: number; channels: 1 | 2 | 3 | 4 },
): Promise<string> {
  return perceptualHashOfGrey32(await greyThumbnail32(input, raw));
}

/** The 32x32 grey thumbnail (aspect ignored) that pHash is computed from. */
export function greyThumbnail32(input: string | Buffer, raw?: { width: number; height: number; channels: 1 | 2 | 3 | 4 }): Promise<Buffer> {
  return sharp(input, raw ? { raw } : undefined).greyscale().resize(N, N, { fit: "fill" }).rotate().raw().toBuffer();
}

/** pHash bits of a 32x32 grey thumbnail (greyThumbnail32), for callers that need the thumbnail too. */
export function perceptualHashOfGrey32(px: Uint8Array): string {
  // sharp-phash indexes f[x][y] = px[N*y + x]; F[u][v] = sum_x sum_y COS[x][u] COS[y][v] f[x][y].
  const g = new Float64Array(9 * N); // g[u*N + y] = sum_x COS[x][u] * f[x][y]
  for (let u = 1; u <= 8; u++)
    for (let y = 0; y < N; y++) {
      let acc = 0;
      for (let x = 0; x < N; x++) acc += COS[x][u] * px[N * y + x];
      g[u * N + y] = acc;
    }
  const coeffs = new Float64Array(64);
  let sum = 0;
  for (let u = 1; u <= 8; u++)
    for (let v = 1; v <= 8; v++) {
      let acc = 0;
      for (let y = 0; y < N; y++) acc += COS[y][v] * g[u * N + y];
      coeffs[(u - 1) * 8 + (v - 1)] = acc / 4;
      sum += acc / 4;
    }
  const avg = sum / 64;
  let bits = "";
  for (let k = 0; k < 64; k++) bits += coeffs[k] > avg ? "1" : "0";
  return bits;
}

/** Number of differing bits between two hashes of equal length. */
export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d + Math.abs(a.length - b.length);
}
