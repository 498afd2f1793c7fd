import sharp from "sharp";
import { basename } from "node:path";
import { escapeHtml } from "./escape-html";

/** A box drawn over a thumbnail: [x, y, width, height] relative to the image (0-1), as FiftyOne stores boxes. */
export interface GalleryBox {
  box: [number, number, number, number];
  /** Shown above the box with the score, e.g. "person 0.62". */
  label?: string;
  score?: number;
  /** CSS colour (default: one colour per label). */
  color?: string;
  /** Dashed outline, e.g. for ground truth next to predictions (default false). */
  dashed?: boolean;
}

/**
 * An image for a gallery: a file path, encoded bytes, or either with its own caption,
 * boxes to draw (SVG overlay) and a `crop` region (relative [x, y, w, h]) to show instead
 * of the whole image (boxes are then relative to the whole image still).
 */
export type GalleryImage = string | Uint8Array | { image: string | Uint8Array; caption?: string; boxes?: GalleryBox[]; crop?: [number, number, number, number] };

const PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#008080", "#9a6324", "#800000"];

/** A stable colour per label. */
export function labelColor(label: string | undefined): string {
  let h = 0;
  for (const ch of label ?? "") h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

function boxOverlay(boxes: GalleryBox[], w: number, h: number, crop: [number, number, number, number]): string {
  const [cx, cy, cw, ch] = crop;
  const items = boxes.map((b) => {
    const x = ((b.box[0] - cx) / cw) * w, y = ((b.box[1] - cy) / ch) * h, bw = (b.box[2] / cw) * w, bh = (b.box[3] / ch) * h;
    const color = b.color ?? labelColor(b.label);
    const text = [b.label, b.score === undefined ? undefined : b.score.toFixed(2)].filter((t) => t !== undefined).join(" ");
    const dash = b.dashed ? ` stroke-dasharray="4 3"` : "";
    const tag = text ? `<text x="${(x + 2).toFixed(1)}" y="${Math.max(9, y - 2).toFixed(1)}" font-size="9" font-family="sans-serif" fill="${color}" stroke="white" stroke-width="2" paint-order="stroke">${escapeHtml(text)}</text>` : "";
    return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bw.toFixed(1)}" height="${bh.toFixed(1)}" fill="none" stroke="${color}" stroke-width="2"${dash}/>${tag}`;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" style="position:absolute;left:0;top:0;overflow:hidden">${items}</svg>`;
}

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

async function thumbnail(image: string | Uint8Array, size: number, quality: number, crop?: [number, number, number, number]): Promise<{ src: string; width: number; height: number }> {
  let input: string | Uint8Array | Buffer = image;
  if (crop) {
    const oriented = await sharp(image, { limitInputPixels: 1e8 }).rotate().toBuffer({ resolveWithObject: true });
    const { width: W, height: H } = oriented.info;
    const left = Math.max(0, Math.min(W - 1, Math.round(crop[0] * W))), top = Math.max(0, Math.min(H - 1, Math.round(crop[1] * H)));
    const width = Math.max(1, Math.min(W - left, Math.round(crop[2] * W))), height = Math.max(1, Math.min(H - top, Math.round(crop[3] * H)));
    input = await sharp(oriented.data).extract({ left, top, width, height }).toBuffer();
  }
  const { data, info } = await sharp(input, { limitInputPixels: 1e8 }).rotate()
    .resize(size, size, { fit: "inside", withoutEnlargement: false })
    .flatten({ background: "#ffffff" }).jpeg({ quality }).toBuffer({ resolveWithObject: true });
  return { src: `data:image/jpeg;base64,${data.toString("base64")}`, width: info.width, height: info.height };
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
    const { image, caption, boxes, crop } = typeof item === "object" && !(item instanceof Uint8Array) ? item : { image: item, caption: undefined, boxes: undefined, crop: undefined };
    const label = caption ?? captions[i] ?? (typeof image === "string" ? basename(image) : `#${i}`);
    const cap = `<figcaption style="font-size:11px;max-width:${size}px;overflow-wrap:anywhere">${escapeHtml(label)}</figcaption>`;
    try {
      const { src, width, height } = await thumbnail(image, size, quality, crop);
      const img = `<img src="${src}" style="max-width:${size}px;max-height:${size}px">`;
      if (!boxes || !boxes.length) return `<figure style="margin:4px;text-align:center">${img}${cap}</figure>`;
      const overlay = boxOverlay(boxes, width, height, crop ?? [0, 0, 1, 1]);
      return `<figure style="margin:4px;text-align:center"><div style="position:relative;display:inline-block;width:${width}px;height:${height}px;line-height:0">${img}${overlay}</div>${cap}</figure>`;
    } catch (err) {
      return `<figure style="margin:4px;width:${size}px"><div style="height:${size}px;background:#fdd;color:#900;font-size:11px;overflow:auto;padding:4px;box-sizing:border-box">Cannot show: ${escapeHtml(describe(err))}</div>${cap}</figure>`;
    }
  }));
  const layout = columns ? `display:grid;grid-template-columns:repeat(${columns},${size + 8}px)` : "display:flex;flex-wrap:wrap";
  return `<div style="${layout};align-items:end;background:white;color:black">${tiles.join("")}</div>`;
}
