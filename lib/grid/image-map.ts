import { show } from "../display/show";
import type { SkewInput } from "../skew/raw-image";
import { renderImageMap, type ImageMap, type ImageMapOptions } from "./render-image-map";

/**
 * Shows a FLAS-sorted thumbnail map of images in the notebook and returns what
 * {@link renderImageMap} measured (layout, DPQ16 against random, skipped files).
 *
 * @example
 * const map = await imageMap(paths, { features }); // features: one vector per path
 */
export async function imageMap(images: SkewInput[], options: ImageMapOptions = {}): Promise<Omit<ImageMap, "png">> {
  const { png, ...rest } = await renderImageMap(images, options);
  show("image/png", png);
  return rest;
}
