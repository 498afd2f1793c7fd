/**
 * The F-beta score: the weighted harmonic mean of precision and recall. beta = 2
 * (the default) weighs recall twice as much as precision, as is usual for PII, where
 * a missed name costs more than a false alarm. 0 when both are 0.
 *
 * @example
 * fBeta(0.5, 1);     // 0.833...
 * fBeta(0.5, 1, 1);  // 0.666... (F1)
 */
export function fBeta(precision: number, recall: number, beta = 2): number {
  const b2 = beta * beta;
  const denom = b2 * precision + recall;
  return denom === 0 ? 0 : ((1 + b2) * precision * recall) / denom;
}
