/** The rule that gives input files to shards, as written into the run manifest. */
export const ASSIGNMENT_RULE =
  "inputs sorted by path; shard i of N takes the contiguous run of files whose byte midpoint " +
  "(bytes before the file + half its size) falls in [i, i+1) * total bytes / N";

/**
 * Gives each input file to one shard: contiguous runs of the sorted list, balanced by
 * bytes (see ASSIGNMENT_RULE). Contiguous runs keep the documents' global order: the
 * shards' outputs, read in shard order, are the same stream whatever N is.
 *
 * @example
 * assignShards([{ bytes: 10 }, { bytes: 10 }, { bytes: 20 }], 2) // [0, 0, 1]
 */
export function assignShards(inputs: { bytes: number }[], of: number): number[] {
  const total = inputs.reduce((n, f) => n + f.bytes, 0);
  let before = 0;
  return inputs.map((f, i) => {
    const mid = before + f.bytes / 2;
    before += f.bytes;
    if (total === 0) return Math.min(of - 1, Math.floor((i * of) / inputs.length));
    return Math.min(of - 1, Math.floor((mid * of) / total));
  });
}
