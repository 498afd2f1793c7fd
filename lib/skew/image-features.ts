import sharp from "sharp";
import { pixelFeatures, type PixelFeatures } from "./pixel-features";
import type { RawImage } from "./raw-image";

/** One row of {@link imageFeatures}: the features, or why the image could not be read. */
export interface ImageFeatureRow extends Partial<PixelFeatures> {
  image: string;
  ok: boolean;
  error?: string;
  width?: number;
  height?: number;
  /** Width / height. */
  aspectRatio?: number;
  /** Pixel count in millions (resolution). */
  megapixels?: number;
}

/** Options of {@link imageFeatures}. */
export interface ImageFeaturesOptions {
  /** Pixel features are measured on a copy at most this many pixels on its long side (default 512), so sets of different sizes compare fairly. */
  maxSide?: number;
}

/**
 * Label-free features of each image (path, bytes or RawImage): brightness, contrast,
 * sharpness, colourfulness, radial-distortion proxy, aspect ratio and megapixels.
 * Never stops at a bad image: its row says `ok: false` and why.
 *
 * @example
 * const rows = await imageFeatures(paths);
 * rows.filter((r) => r.ok).map((r) => r.brightness);
 */
export async function imageFeatures(images: ReadonlyArray<string | Uint8Array | RawImage>, options: ImageFeaturesOptions = {}): Promise<ImageFeatureRow[]> {
  const { maxSide = 512 } = options;
  const rows: ImageFeatureRow[] = [];
  for (const [i, image] of images.entries()) {
    const name = typeof image === "string" ? image : `#${i}`;
    try {
      const isRaw = !(image instanceof Uint8Array) && typeof image === "object";
      const input = isRaw ? sharp(Buffer.from((image as RawImage).data), { raw: { width: (image as RawImage).width, height: (image as RawImage).height, channels: (image as RawImage).channels as 1 | 3 } })
        : sharp(image as string | Buffer).rotate();
      const meta = isRaw ? { width: (image as RawImage).width, height: (image as RawImage).height } : await sharp(image as string | Buffer).metadata();
      const { data, info } = await input.flatten({ background: "#ffffff" }).removeAlpha()
        .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
      const width = meta.width ?? info.width, height = meta.height ?? info.height;
      rows.push({ image: name, ok: true, width, height, aspectRatio: width / height, megapixels: (width * height) / 1e6,
        ...pixelFeatures({ data, width: info.width, height: info.height, channels: info.channels }) });
    } catch (e) {
      rows.push({ image: name, ok: false, error: (e as Error).message });
    }
  }
  return rows;
}
