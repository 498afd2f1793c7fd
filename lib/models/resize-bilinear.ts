/**
 * Bilinear resize of interleaved pixels as TensorFlow's `resizeBilinear` computes it, with
 * `alignCorners` (corner pixels map onto corner pixels: source = dst * (in - 1) / (out - 1))
 * or without it (source = dst * in / out), never half-pixel centres and never antialiased.
 * Written by hand because no image library reproduces it: sharp/libvips resamples with
 * Lanczos and antialiasing, which is what a model trained on TF's resize did not see.
 *
 * @example
 * resizeBilinear(new Float32Array([0, 10]), 2, 1, 1, 3, 1); // Float32Array [0, 5, 10]
 */
export function resizeBilinear(src: ArrayLike<number>, width: number, height: number, channels: number,
  outWidth: number, outHeight: number, options: { alignCorners?: boolean } = {}): Float32Array {
  const { alignCorners = true } = options;
  const ratio = (inSize: number, outSize: number) =>
    alignCorners && outSize > 1 ? (inSize - 1) / (outSize - 1) : inSize / outSize;
  const ry = ratio(height, outHeight), rx = ratio(width, outWidth);
  const out = new Float32Array(outWidth * outHeight * channels);
  let k = 0;
  for (let y = 0; y < outHeight; y++) {
    const fy = ry * y, y0 = Math.max(0, Math.floor(fy)), y1 = Math.min(height - 1, Math.ceil(fy)), dy = fy - y0;
    for (let x = 0; x < outWidth; x++) {
      const fx = rx * x, x0 = Math.max(0, Math.floor(fx)), x1 = Math.min(width - 1, Math.ceil(fx)), dx = fx - x0;
      for (let c = 0; c < channels; c++) {
        const tl = src[(y0 * width + x0) * channels + c], tr = src[(y0 * width + x1) * channels + c];
        const bl = src[(y1 * width + x0) * channels + c], br = src[(y1 * width + x1) * channels + c];
        const top = tl + (tr - tl) * dx, bottom = bl + (br - bl) * dx;
        out[k++] = top + (bottom - top) * dy;
      }
    }
  }
  return out;
}
