/**
 * A function that computes its value on the first call and returns the same value
 * afterwards: how judges read their data once (see `LabChecks.prepare`).
 *
 * @example
 * const truth = once(() => JSON.parse(readFileSync("data/x-truth.json", "utf8")));
 * truth() === truth() // true, the file was read once
 */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
