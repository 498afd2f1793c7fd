/**
 * The result for one image of a batch: a value, or the reason it failed. Both shapes
 * declare every field (the other shape's as optional `undefined`), so `r.error` and
 * `r.score` type-check in notebooks too, where tslab compiles without strictNullChecks
 * and `if (r.ok)` does not narrow.
 */
export type ImageResult<T> =
  | ({ image: string; ok: true; error?: undefined } & T)
  | ({ image: string; ok: false; error: string } & { [K in keyof T]?: undefined });

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
      out.push({ image, ok: true, ...(await fn(images[i], i)) } as ImageResult<T>);
    } catch (err) {
      out.push({ image, ok: false, error: err instanceof Error ? err.message : String(err) } as ImageResult<T>);
    }
    onProgress?.(i + 1, images.length);
  }
  return out;
}
