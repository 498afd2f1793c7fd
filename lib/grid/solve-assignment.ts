/**
 * The minimum-cost assignment of n rows to n columns for a square cost matrix (row-major,
 * n*n): `result[row] = column`. The shortest-augmenting-path Hungarian method with
 * potentials, O(n^3); FLAS calls it on 49 x 49 blocks thousands of times, so it is a few
 * tight loops over typed arrays rather than a dependency (npm's LAP packages are either
 * unmaintained or wrap the same algorithm).
 *
 * @example
 * solveAssignment([4, 1, 2, 8], 2) // Int32Array [1, 0]: row 0 -> column 1, row 1 -> column 0
 */
export function solveAssignment(cost: ArrayLike<number>, n: number): Int32Array {
  const INF = Number.MAX_VALUE;
  const u = new Float64Array(n + 1), v = new Float64Array(n + 1);
  const owner = new Int32Array(n + 1); // owner[col] = row (1-based), 0 = free
  const way = new Int32Array(n + 1);
  const minv = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = owner[j0];
      let delta = INF, j1 = 0;
      const base = (i0 - 1) * n - 1, ui0 = u[i0];
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[base + j] - ui0 - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) { u[owner[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do { const j1 = way[j0]; owner[j0] = owner[j1]; j0 = j1; } while (j0);
  }
  const result = new Int32Array(n);
  for (let j = 1; j <= n; j++) result[owner[j] - 1] = j - 1;
  return result;
}
