import { gallery } from "./gallery";

export interface CompareOptions {
  /** Captions for the two images (default ["before", "after"]). */
  labels?: [string, string];
  /** Longest side of each image in pixels (default 256). */
  size?: number;
}

/**
 * Shows two images side by side, e.g. a photo and its skewed copy.
 *
 * @example
 * await compare("data/photo.jpg", await darken("data/photo.jpg"), { labels: ["clean", "dark"] });
 */
export async function compare(before: string | Uint8Array, after: string | Uint8Array, options: CompareOptions = {}): Promise<void> {
  const { labels = ["before", "after"], size = 256 } = options;
  await gallery([before, after], { captions: labels, size, quality: 85 });
}
