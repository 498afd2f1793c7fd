/**
 * FiftyOne Brain's hardness (fiftyone-brain, fiftyone/brain/internal/core/hardness.py):
 * the entropy, in nats, of the softmax of a classifier's logits. 0 when the classifier is
 * sure; ln(classes) when it cannot tell them apart.
 *
 * @example
 * hardness([2, 2, 2, 2, 2]); // ln 5 = 1.609...
 */
export function hardness(logits: ArrayLike<number>): number {
  const xs = Array.from(logits);
  const m = Math.max(...xs);
  const exps = xs.map((x) => Math.exp(x - m));
  const z = exps.reduce((s, x) => s + x, 0);
  return exps.reduce((h, e) => { const p = e / z; return p > 0 ? h - p * Math.log(p) : h; }, 0);
}
