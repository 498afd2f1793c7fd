import { renderGallery, type GalleryImage, type RenderGalleryOptions } from "./render-gallery";
import { show } from "./show";

/**
 * Shows captioned thumbnails in a grid (sharp-resized JPEGs, a few kB each).
 *
 * @example
 * await gallery(paths, { captions: paths.map((p) => p.split("/").pop()!), size: 96 });
 */
export async function gallery(images: GalleryImage[], options: RenderGalleryOptions = {}): Promise<void> {
  show("text/html", await renderGallery(images, options));
}
