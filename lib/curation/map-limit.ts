/**
 * Maps `items` through an async `fn` with at most `limit` calls in flight, keeping
 * order. `fn` should not throw (return a per-item status instead); if it does, the
 * whole map rejects.
 *
 * @example
 * const sizes = await mapLimit(paths, 4, async (p) => (await stat(p)).size);
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
