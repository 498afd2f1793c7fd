import { renderGallery, type GalleryImage, type RenderGalleryOptions } from "../display/render-gallery";
import { pixelateImage } from "./pixelate-image";

export interface RenderSafeGalleryOptions extends RenderGalleryOptions {
  /**
   * One "unsafe" score per image, 0-1 (e.g. Porn + Hentai + Sexy from nsfwScores). An
   * image without a score (missing, NaN) counts as above the threshold: it is pixelated.
   */
  scores?: ReadonlyArray<number | undefined>;
  /** Images scoring above this are pixelated (default 0.05: low on purpose). */
  blurAbove?: number;
  /**
   * Shows every image as it is. Off by default and per call only: nothing else (no
   * environment variable, no global) turns it on, so a saved notebook or an out/ HTML
   * report never reveals unless this exact call said so.
   */
  reveal?: boolean;
  /** Blocks along the longer side of a pixelated image (default 8). */
  blocks?: number;
}

function split(item: GalleryImage): { image: string | Uint8Array; caption?: string } {
  return typeof item === "object" && !(item instanceof Uint8Array) ? item : { image: item };
}

/**
 * Like renderGallery, but blurred by default: every image scoring above `blurAbove`, or
 * with no score, is pixelated before it becomes a thumbnail, and its caption says so. The
 * original pixels of such an image never reach the HTML unless `reveal: true`.
 *
 * @example
 * const rows = await nsfwScores(paths);
 * const html = await renderSafeGallery(paths, { scores: rows.map((r) => r.scores.Porn + r.scores.Hentai + r.scores.Sexy) });
 */
export async function renderSafeGallery(images: GalleryImage[], options: RenderSafeGalleryOptions = {}): Promise<string> {
  const { scores = [], blurAbove = 0.05, reveal = false, blocks = 8, ...galleryOptions } = options;
  const size = galleryOptions.size ?? 128;
  const prepared = await Promise.all(images.map(async (item, i): Promise<GalleryImage> => {
    const { image, caption } = split(item);
    const label = caption ?? galleryOptions.captions?.[i] ?? (typeof image === "string" ? image.split("/").pop() : `#${i}`);
    const score = scores[i];
    const known = typeof score === "number" && !Number.isNaN(score);
    if (reveal || (known && score <= blurAbove)) {
      return { image, caption: known ? `${label} (${score.toFixed(2)})` : label };
    }
    try {
      const hidden = await pixelateImage(image, { blocks, size });
      return { image: hidden, caption: `${label} · hidden (${known ? `${score.toFixed(2)} > ${blurAbove}` : "no score"})` };
    } catch {
      // Unreadable: hand the original over so renderGallery draws its "cannot show" tile.
      return { image, caption: label };
    }
  }));
  return renderGallery(prepared, galleryOptions);
}
