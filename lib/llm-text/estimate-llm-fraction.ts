import { InputError } from "../errors/workshop-error";
import { docWordSets, indexWordSets } from "./doc-word-sets";
import { occurrenceScorer } from "./occurrence-scorer";
import { mixtureMLE } from "./mixture-mle";
import { binnedLogDensity } from "./binned-log-density";
import { seededRandom } from "./seeded-random";

/** Options for {@link estimateLLMFraction}. `human` and `llm` are required. */
export interface EstimateLLMFractionOptions {
  /** Reference documents known to be human-written (never the documents being estimated). */
  human: readonly string[];
  /** Reference documents known to be model-written. */
  llm: readonly string[];
  /** Words the model looks at. Default: every word found in at least `minDocs` of the reference documents a model is fitted on. */
  vocabulary?: readonly string[];
  /** Minimum fitting documents containing a word, for the default vocabulary. Default 5. */
  minDocs?: number;
  /** Bootstrap replicates for the interval (0: no interval). Default 200. */
  bootstrap?: number;
  /** Confidence level of the interval. Default 0.95. */
  level?: number;
  /** Cross-fitting folds used to calibrate the corrected estimate. Default 5. */
  folds?: number;
  /** Seed of the bootstrap. Default 1. */
  seed?: number;
}

/** One estimate of the model-written share a with its bootstrap interval. */
export interface AlphaEstimate { alpha: number; low: number; high: number }

/** What {@link estimateLLMFraction} returns. */
export interface LLMFractionEstimate extends AlphaEstimate {
  /** Liang et al.'s plain MLE that takes the fitted P and Q as exact (biased toward 0.5 on small references). */
  plain: AlphaEstimate;
  documents: number;
  vocabulary: number;
  bootstrap: number;
}

const draw = (n: number, rand: () => number) => Int32Array.from({ length: n }, () => Math.floor(rand() * n));
const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** Plain and corrected a for one (re)sample of the reference rows and target rows. */
function fit(H: Int32Array[], hr: Int32Array, L: Int32Array[], lr: Int32Array, T: Int32Array[], tr: Int32Array,
  V: number, folds: number, minDocs: number): [number, number] {
  const full = occurrenceScorer(H, hr, L, lr, V, minDocs);
  const plain = mixtureMLE(Array.from(tr, (i) => full(T[i])));
  // Cross-fitting: model k is fitted without fold k of BOTH reference sets; it scores the
  // reference documents of fold k and the target documents assigned to fold k. Every score
  // then comes from the same kind of model, on a document that model never saw, so the
  // reference score densities describe the target scores honestly (no overfitting gap).
  const sh: number[] = [], sl: number[] = [], st: number[] = [];
  const out = (rows: Int32Array, k: number) => rows.filter((i) => i % folds !== k);
  for (let k = 0; k < folds; k++) {
    const score = occurrenceScorer(H, out(hr, k), L, out(lr, k), V, minDocs);
    for (const i of hr) if (i % folds === k) sh.push(score(H[i]));
    for (const i of lr) if (i % folds === k) sl.push(score(L[i]));
    for (const i of tr) if (i % folds === k) st.push(score(T[i]));
  }
  const fh = binnedLogDensity(sh), fl = binnedLogDensity(sl);
  return [mixtureMLE(st.map((s) => fl(s) - fh(s))), plain];
}

function percentile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  const t = q * (s.length - 1), j = Math.floor(t);
  return s[j] + (s[Math.min(j + 1, s.length - 1)] - s[j]) * (t - j);
}

/**
 * Estimates the share a of model-written documents in `docs`, modelling the corpus as the
 * mixture (1-a)P + aQ of human (P) and model (Q) word-occurrence distributions (Liang et
 * al., arXiv 2403.07183). Returns the corrected estimate (mixture fitted on cross-fitted
 * score densities, which removes the plain MLE's pull toward 0.5) and the plain one, each
 * with a percentile bootstrap interval that resamples the target AND both reference sets,
 * so noise in the references widens it. Seeded: same inputs, same answer.
 *
 * @example
 * const est = estimateLLMFraction(mixture, { human: humanRef, llm: modelRef, seed: 7 });
 * est.alpha; est.low; est.high; est.plain.alpha;
 */
export function estimateLLMFraction(docs: readonly string[], options: EstimateLLMFractionOptions): LLMFractionEstimate {
  const { human, llm, minDocs = 5, bootstrap = 200, level = 0.95, folds = 5, seed = 1 } = options ?? ({} as EstimateLLMFractionOptions);
  for (const [name, set, min] of [["docs", docs, 1], ["human", human, 2 * folds], ["llm", llm, 2 * folds]] as const) {
    if (!Array.isArray(set) || set.length < min) {
      throw new InputError(`Expected '${name}' to be an array of at least ${min} texts, got ${Array.isArray(set) ? set.length + " texts" : typeof set}.`,
        "Pass the documents to estimate plus human and llm reference sets (arrays of strings) that do not overlap with them.");
    }
  }
  const hs = docWordSets(human), ls = docWordSets(llm), ts = docWordSets(docs);
  // Candidate words: the given vocabulary, or the words in >= minDocs reference documents;
  // each fitted model then keeps those found in >= minDocs of ITS OWN fitting documents
  // (see occurrenceScorer), so held-out folds are scored like new documents.
  const given = options.vocabulary?.map((w) => w.toLowerCase());
  const counts = new Map<string, number>();
  if (!given) for (const s of [...hs, ...ls]) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = given ?? [...counts].filter(([, c]) => c >= minDocs).map(([w]) => w).sort();
  const keepAt = given ? 0 : minDocs;
  const df = new Int32Array(vocab.length);
  const H = indexWordSets(hs, vocab), L = indexWordSets(ls, vocab), T = indexWordSets(ts, vocab);
  for (const d of [...H, ...L]) for (const w of d) df[w]++;
  const [alpha, plainAlpha] = fit(H, identity(H.length), L, identity(L.length), T, identity(T.length), vocab.length, folds, keepAt);
  const rand = seededRandom(seed);
  const boots: number[] = [], plainBoots: number[] = [];
  for (let b = 0; b < bootstrap; b++) {
    const [a, p] = fit(H, draw(H.length, rand), L, draw(L.length, rand), T, draw(T.length, rand), vocab.length, folds, keepAt);
    boots.push(a); plainBoots.push(p);
  }
  const q = (xs: number[], side: number) => (xs.length ? percentile(xs, side) : NaN);
  const lo = (1 - level) / 2, hi = 1 - lo;
  return {
    alpha, low: q(boots, lo), high: q(boots, hi),
    plain: { alpha: plainAlpha, low: q(plainBoots, lo), high: q(plainBoots, hi) },
    documents: docs.length, vocabulary: given ? vocab.length : vocab.filter((_, w) => df[w] >= minDocs).length, bootstrap,
  };
}
