import sharp from "sharp";
import { basename } from "node:path";
import { escapeHtml } from "./escape-html";

/** An image for a gallery: a file path, encoded bytes, or either with its own caption. */
export type GalleryImage = string | Uint8Array | { image: string | Uint8Array; caption?: string };

export interface RenderGalleryOptions {
  /** Captions in image order; an image's own caption wins (default: file names, or "#i"). */
  captions?: string[];
  /** Longest side of each thumbnail in pixels (default 128). */
  size?: number;
  /** JPEG quality of the thumbnails, 1-100 (default 70): keeps 200 images small. */
  quality?: number;
  /** Thumbnails per row (default: as many as fit). */
  columns?: number;
}

async function thumbnail(image: string | Uint8Array, size: number, quality: number): Promise<string> {
  const jpeg = await sharp(image, { limitInputPixels: 1e8 }).rotate()
    .resize(size, size, { fit: "inside", withoutEnlargement: false })
    .flatten({ background: "#ffffff" }).jpeg({ quality }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString("base64")}`;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}

/**
 * Renders captioned thumbnails as one HTML grid. An image that cannot be read becomes
 * a red tile saying why; the rest still render.
 *
 * @example
 * const markup = await renderGallery(["data/a.jpg", "data/b.png"], { size: 96 });
 */
export async function renderGallery(images: GalleryImage[], options: RenderGalleryOptions = {}): Promise<string> {
  const { captions = [], size = 128, quality = 70, columns } = options;
  const tiles = await Promise.all(images.map(async (item, i) => {
    const { image, caption } = typeof item === "object" && !(item instanceof Uint8Array) ? item : { image: item, caption: undefined };
    const label = caption ?? captions[i] ?? (typeof image === "string" ? basename(image) : `#${i}`);
    const cap = `<figcaption style="font-size:11px;max-width:${size}px;overflow-wrap:anywhere">${escapeHtml(label)}</figcaption>`;
    try {
      const src = await thumbnail(image, size, quality);
      return `<figure style="margin:4px;text-align:center"><img src="${src}" style="max-width:${size}px;max-height:${size}px">${cap}</figure>`;
    } catch (err) {
      return `<figure style="margin:4px;width:${size}px"><div style="height:${size}px;background:#fdd;color:#900;font-size:11px;overflow:auto;padding:4px;box-sizing:border-box">Cannot show: ${escapeHtml(describe(err))}</div>${cap}</figure>`;
    }
  }));
  const layout = columns ? `display:grid;grid-template-columns:repeat(${columns},${size + 8}px)` : "display:flex;flex-wrap:wrap";
  return `<div style="${layout};align-items:end;background:white;color:black">${tiles.join("")}</div>`;
}
