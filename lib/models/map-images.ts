/** The result for one image of a batch: a value, or the reason it failed. */
export type ImageResult<T> =
  | ({ image: string; ok: true } & T)
  | { image: string; ok: false; error: string };

export interface MapImagesOptions {
  /** Called after each image with (done, total); use it to drive a progress bar (default none). */
  onProgress?: (done: number, total: number) => void;
}

/** A printable name for an image given as a path or as bytes. */
export function imageLabel(image: string | Uint8Array, index: number): string {
  return typeof image === "string" ? image : `buffer #${index}`;
}

/**
 * Runs `fn` on each image in order; an image that throws becomes `{ok: false, error}`
 * with the error's message, and the batch goes on.
 *
 * @example
 * const sizes = await mapImages(paths, async (img) => ({ bytes: (await readFile(img)).length }));
 */
export async function mapImages<T extends object>(
  images: ReadonlyArray<string | Uint8Array>,
  fn: (image: string | Uint8Array, index: number) => Promise<T>,
  options: MapImagesOptions = {},
): Promise<Array<ImageResult<T>>> {
  const { onProgress } = options;
  const out: Array<ImageResult<T>> = [];
  for (let i = 0; i < images.length; i++) {
    const image = imageLabel(images[i], i);
    try {
      out.push({ image, ok: true, ...(await fn(images[i], i)) });
    } catch (err) {
      out.push({ image, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
    onProgress?.(i + 1, images.length);
  }
  return out;
}
