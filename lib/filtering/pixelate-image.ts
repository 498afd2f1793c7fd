import sharp from "sharp";

export interface PixelateImageOptions {
  /** Blocks along the longer side (default 8): few enough that no detail survives. */
  blocks?: number;
  /** Longest side of the result in pixels (default 128). */
  size?: number;
}

/**
 * Pixelates an image beyond recognition: shrinks it to a few blocks (with a blur, so each
 * block is an average, not one sampled pixel) and enlarges it again with nearest-neighbour.
 * Returns PNG bytes. Used by the safe gallery so nothing flagged is shown as it is.
 *
 * @example
 * const png = await pixelateImage("data/photos/beach.jpg", { blocks: 6 });
 */
export async function pixelateImage(image: string | Uint8Array, options: PixelateImageOptions = {}): Promise<Buffer> {
  const { blocks = 8, size = 128 } = options;
  const { data, info } = await sharp(image, { limitInputPixels: 1e8 }).rotate()
    .flatten({ background: "#ffffff" }).blur(3)
    .resize(blocks, blocks, { fit: "inside", kernel: "cubic" })
    .raw().toBuffer({ resolveWithObject: true });
  const scale = size / Math.max(info.width, info.height);
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .resize(Math.max(1, Math.round(info.width * scale)), Math.max(1, Math.round(info.height * scale)), { kernel: "nearest" })
    .png().toBuffer();
}
