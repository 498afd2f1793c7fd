import { InputError } from "../errors/workshop-error";

/** A trained nearest-centroid classifier: one mean vector per label. */
export interface NearestCentroid {
  labels: number[];
  centroids: number[][];
  /** The label of the nearest centroid (Euclidean). */
  predict: (features: ArrayLike<number>) => number;
}

/**
 * The simplest classifier there is: average each class's feature vectors, then label a new
 * vector by the nearest average. Whatever the classes' pictures share (the object, or only
 * the background) is what it learns.
 *
 * @example
 * const clf = trainNearestCentroid([[0, 0], [1, 1]], [0, 1]);
 * clf.predict([0.9, 0.8]) // 1
 */
export function trainNearestCentroid(features: ArrayLike<number>[], labels: number[]): NearestCentroid {
  if (features.length !== labels.length || features.length === 0) throw new InputError(`Expected as many labels as feature vectors (at least one), got ${labels.length} and ${features.length}.`, "Pass one label per feature vector.");
  const ids = [...new Set(labels)].sort((a, b) => a - b);
  const dim = features[0].length;
  const centroids = ids.map((id) => {
    const c = new Array(dim).fill(0);
    let k = 0;
    features.forEach((f, i) => { if (labels[i] === id) { k++; for (let d = 0; d < dim; d++) c[d] += f[d]; } });
    return c.map((v) => v / k);
  });
  const predict = (f: ArrayLike<number>) => {
    let best = 0, bestD = Infinity;
    centroids.forEach((c, j) => {
      let s = 0;
      for (let d = 0; d < dim; d++) s += (f[d] - c[d]) ** 2;
      if (s < bestD) { bestD = s; best = j; }
    });
    return ids[best];
  };
  return { labels: ids, centroids, predict };
}
