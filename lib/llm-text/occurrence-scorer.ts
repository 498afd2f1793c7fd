/**
 * Fits word-occurrence distributions P (human) and Q (model) on the given rows of two
 * reference sets and returns a scorer: the log-likelihood ratio log Q(x) - log P(x) of a
 * document x under Liang et al.'s model, where each vocabulary word occurs independently
 * with its own probability (Bernoulli), so absent words count too. Probabilities are
 * smoothed as (count + 0.5) / (documents + 1) so no word gets probability 0 or 1.
 * Only words found in at least `minDocs` of the fitting documents (both sets together)
 * take part, so the vocabulary is chosen from the fitting rows alone and a document left
 * out of the fit is scored exactly like a new one.
 *
 * @example
 * const score = occurrenceScorer(humanSets, [0, 1, 2], llmSets, [0, 1], vocabSize);
 * score(humanSets[3]); // < 0 when the document looks human
 */
export function occurrenceScorer(humanSets: readonly Int32Array[], humanRows: ArrayLike<number>,
  llmSets: readonly Int32Array[], llmRows: ArrayLike<number>, vocabSize: number, minDocs = 0): (doc: Int32Array) => number {
  const ch = new Float64Array(vocabSize), cl = new Float64Array(vocabSize);
  for (let r = 0; r < humanRows.length; r++) { const d = humanSets[humanRows[r]]; for (let k = 0; k < d.length; k++) ch[d[k]]++; }
  for (let r = 0; r < llmRows.length; r++) { const d = llmSets[llmRows[r]]; for (let k = 0; k < d.length; k++) cl[d[k]]++; }
  const nh = humanRows.length + 1, nl = llmRows.length + 1;
  const present = new Float64Array(vocabSize);
  let base = 0;
  for (let w = 0; w < vocabSize; w++) {
    if (ch[w] + cl[w] < minDocs) continue;
    const p = (ch[w] + 0.5) / nh, q = (cl[w] + 0.5) / nl;
    const absent = Math.log((1 - q) / (1 - p));
    base += absent;
    present[w] = Math.log(q / p) - absent;
  }
  return (doc: Int32Array) => {
    let s = base;
    for (let k = 0; k < doc.length; k++) s += present[doc[k]];
    return s;
  };
}
