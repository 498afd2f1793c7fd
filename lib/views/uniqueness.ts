import { InputError } from "../errors/workshop-error";
import { cosineDistances } from "./cosine-distances";

/**
 * FiftyOne Brain's uniqueness (fiftyone-brain, fiftyone/brain/internal/core/uniqueness.py,
 * `_compute_uniqueness`, with the sklearn backend of .../core/sklearn.py): embeddings are
 * centred, cosine distances computed between all pairs with the diagonal left out, and each
 * sample's K + 1 = 4 nearest neighbours found; the first of them is dropped (the Brain drops
 * column 0 assuming it is the sample itself, but with the diagonal removed it is the nearest
 * other sample; we keep that behaviour so numbers compare), and the weighted mean
 * mean([0.6, 0.3, 0.1] * d) of the remaining three is divided by its maximum over the set.
 * With K or fewer samples every sample gets 1.
 *
 * @example
 * uniqueness([[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9], [-1, 0]]); // five numbers in [0, 1], max 1
 */
export function uniqueness(embeddings: ReadonlyArray<ArrayLike<number>>): number[] {
  const K = 3, weights = [0.6, 0.3, 0.1];
  const n = embeddings.length;
  if (n <= K) return embeddings.map(() => 1);
  const dist = cosineDistances(embeddings, { center: true });
  const raw = dist.map((row, i) => {
    const nearest = row.map((d, j) => ({ d, j })).filter((x) => x.j !== i).sort((a, b) => a.d - b.d || a.j - b.j).slice(0, K + 1);
    return nearest.slice(1).reduce((s, x, k) => s + x.d * weights[k], 0) / K;
  });
  const max = Math.max(...raw);
  if (!(max > 0)) throw new InputError("Every embedding is the same, so no sample is more unique than another.", "Check that the embeddings come from different images.");
  return raw.map((v) => v / max);
}
