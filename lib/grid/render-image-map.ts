import sharp from "sharp";
import { InputError } from "../errors/workshop-error";
import type { RawImage, SkewInput } from "../skew/raw-image";
import { dpq } from "./dpq";
import { flas, type GridLayout } from "./flas";
import { colourHistogram } from "./colour-features";
import { placeOnGrid } from "./place-on-grid";
import { randomLayout } from "./random-layout";

/** Options of {@link renderImageMap}. */
export interface ImageMapOptions {
  /** One feature vector per image (default: the colour histogram of each thumbnail, `colourHistogram`). Images whose entry is null are left out. */
  features?: (ArrayLike<number> | null)[];
  /** Grid columns (default ceil(sqrt(n))). */
  columns?: number;
  /** Thumbnail side in pixels (default 48). */
  size?: number;
  /** Seed of the FLAS sorting (default 7). */
  seed?: number;
  /** Pixels between thumbnails (default 1). */
  gap?: number;
}

/** What {@link renderImageMap} made: the picture, the layout of the images kept, and its DPQ16 next to a random layout's. */
export interface ImageMap {
  png: Uint8Array;
  layout: GridLayout;
  /** Indices (into the input) of the images placed; layout cells refer to positions in this list. */
  kept: number[];
  /** Images left out and why (unreadable, or no features given). */
  skipped: { index: number; reason: string }[];
  dpq: number;
  randomDpq: number;
}

async function thumbnail(image: SkewInput, size: number): Promise<Buffer> {
  const raw = image as RawImage;
  const input = typeof image === "object" && "channels" in image && "data" in image
    ? sharp(Buffer.from(raw.data), { raw: { width: raw.width, height: raw.height, channels: raw.channels as 1 | 3 } })
    : sharp(image as string | Buffer);
  return input.resize(size, size, { fit: "cover" }).removeAlpha().toColourspace("srgb").raw().toBuffer();
}

/**
 * A FLAS-sorted grid of thumbnails, Navigu-style: similar images (by `features`) end up
 * side by side. Returns the PNG, the layout, its DPQ16 and a seeded random layout's DPQ16
 * for comparison. Unreadable images are skipped and listed, never fatal.
 *
 * @example
 * const map = await renderImageMap(paths); // colour histograms by default
 * map.dpq > map.randomDpq // true
 */
export async function renderImageMap(images: SkewInput[], options: ImageMapOptions = {}): Promise<ImageMap> {
  const { size = 48, seed = 7, gap = 1 } = options;
  const given = options.features;
  if (given && given.length !== images.length) throw new InputError(`Expected one feature vector per image, got ${given.length} for ${images.length} images.`, "Pass features in the same order as the images (null to leave one out).");
  const skipped: { index: number; reason: string }[] = [];
  const kept: number[] = [], vectors: ArrayLike<number>[] = [], thumbs: Buffer[] = [];
  for (let i = 0; i < images.length; i++) {
    if (given && !given[i]) { skipped.push({ index: i, reason: "no features given" }); continue; }
    let thumb: Buffer;
    try { thumb = await thumbnail(images[i], size); } catch (e) { skipped.push({ index: i, reason: (e as Error).message.split("\n")[0] }); continue; }
    thumbs.push(thumb);
    kept.push(i);
    vectors.push(given ? given[i]! : colourHistogram({ data: thumb, width: size, height: size, channels: 3 }));
  }
  if (vectors.length < 3) throw new InputError(`Expected at least 3 readable images with features, got ${vectors.length}.`, "Check the paths; skipped: " + skipped.map((s) => s.index).join(", "));
  const layout = flas(vectors, { columns: options.columns, seed, swapSize: Math.min(49, vectors.length) });
  const step = size + gap, W = layout.columns * step - gap, H = layout.rows * step - gap;
  const canvas = Buffer.alloc(W * H * 3, 255);
  layout.cells.forEach((item, c) => {
    if (item < 0) return;
    const x0 = (c % layout.columns) * step, y0 = Math.floor(c / layout.columns) * step;
    for (let y = 0; y < size; y++) thumbs[item].copy(canvas, ((y0 + y) * W + x0) * 3, y * size * 3, (y + 1) * size * 3);
  });
  const png = await sharp(canvas, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer();
  const score = (l: GridLayout) => dpq(placeOnGrid(l, vectors), { columns: l.columns });
  return { png, layout, kept, skipped, dpq: score(layout), randomDpq: score(randomLayout(vectors.length, { columns: layout.columns, seed })) };
}
