/**
 * Best of `runs` CPU seconds this process spends in `fn` (user + system): less
 * disturbed than wall time on a shared machine. Used by the benchmarks.
 *
 * @example
 * const seconds = bestCpuSeconds(() => wordDocFrequencies(texts, words));
 */
export function bestCpuSeconds(fn: () => unknown, runs = 5): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    min = Math.min(min, (used.user + used.system) / 1e6);
  }
  return min;
}
