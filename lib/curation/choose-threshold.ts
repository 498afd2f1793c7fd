/**
 * A flag threshold from scores of labelled samples: the midpoint of the gap between the
 * highest negative and the lowest positive when there is one; otherwise the cut with the
 * fewest errors (misses + false alarms), halfway between the two scores around it,
 * the lowest such cut on a tie. How the image and text defaults were chosen.
 *
 * @example
 * chooseThreshold([0.7, 0.9], [0.1, 0.3]); // { threshold: 0.5, separable: true, errors: 0 }
 */
export function chooseThreshold(positives: number[], negatives: number[]): { threshold: number; separable: boolean; errors: number } {
  const maxNeg = Math.max(...negatives), minPos = Math.min(...positives);
  if (maxNeg < minPos) return { threshold: (maxNeg + minPos) / 2, separable: true, errors: 0 };
  const cuts = [...new Set([...positives, ...negatives])].sort((a, b) => a - b);
  let best = { threshold: (maxNeg + minPos) / 2, separable: false, errors: Infinity };
  for (let i = 1; i < cuts.length; i++) {
    const t = (cuts[i - 1] + cuts[i]) / 2;
    const errors = positives.filter((x) => x < t).length + negatives.filter((x) => x >= t).length;
    if (errors < best.errors) best = { threshold: t, separable: false, errors };
  }
  return best;
}
