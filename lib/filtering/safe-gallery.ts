import { show } from "../display/show";
import { type GalleryImage } from "../display/render-gallery";
import { renderSafeGallery, type RenderSafeGalleryOptions } from "./render-safe-gallery";

/**
 * Shows a gallery in which every image scored above a low threshold (or not scored) is
 * pixelated; pass `reveal: true` in this call to show them as they are.
 *
 * @example
 * await safeGallery(paths, { scores: unsafe, blurAbove: 0.05 });
 */
export async function safeGallery(images: GalleryImage[], options: RenderSafeGalleryOptions = {}): Promise<void> {
  show("text/html", await renderSafeGallery(images, options));
}
