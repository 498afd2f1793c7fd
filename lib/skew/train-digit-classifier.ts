import { seededRandom } from "../llm-text/seeded-random";
import type { Digit } from "./load-digits";
import type { RawImage } from "./raw-image";

/** A trained digit classifier. */
export interface DigitClassifier {
  /** The most likely label of one 28 x 28 grey image. */
  predict(image: RawImage): number;
  /** Fraction of `digits` predicted correctly. */
  accuracy(digits: readonly Digit[]): number;
}

/** Options of {@link trainDigitClassifier}. */
export interface TrainDigitClassifierOptions {
  /** Hidden units of the one-hidden-layer network (default 32; 0 = softmax regression). */
  hidden?: number;
  /** Passes over the training set (default 4). */
  epochs?: number;
  /** SGD step size (default 0.05, halved each epoch). */
  learningRate?: number;
  /** Seed of the initial weights and the sample order (default 1). */
  seed?: number;
}

/**
 * Trains a tiny neural network (784 -> hidden ReLU -> 10 softmax) with plain stochastic
 * gradient descent, in a few seconds. Deterministic for a given seed.
 *
 * @example
 * const model = trainDigitClassifier(loadDigits({ perDigit: 500 }));
 * model.accuracy(loadDigits({ perDigit: 100, offset: 800 })); // about 0.9
 */
export function trainDigitClassifier(digits: readonly Digit[], options: TrainDigitClassifierOptions = {}): DigitClassifier {
  const { hidden = 32, epochs = 4, learningRate = 0.05, seed = 1 } = options;
  const rand = seededRandom(seed);
  const nIn = 784, nH = hidden > 0 ? hidden : nIn;
  const w1 = new Float32Array(nIn * nH).map(() => (rand() - 0.5) * 2 * Math.sqrt(6 / (nIn + nH)));
  const b1 = new Float32Array(nH);
  const w2 = new Float32Array(nH * 10).map(() => (hidden > 0 ? (rand() - 0.5) * 2 * Math.sqrt(6 / (nH + 10)) : 0));
  const b2 = new Float32Array(10);
  const x = new Float32Array(nIn), h = new Float32Array(nH), p = new Float32Array(10), dh = new Float32Array(nH);
  const forward = (image: RawImage) => {
    for (let i = 0; i < nIn; i++) x[i] = image.data[i * image.channels] / 255;
    if (hidden > 0) {
      for (let j = 0; j < nH; j++) {
        let s = b1[j];
        for (let i = 0, o = j * nIn; i < nIn; i++) s += w1[o + i] * x[i];
        h[j] = s > 0 ? s : 0;
      }
    } else h.set(x);
    let max = -Infinity;
    for (let k = 0; k < 10; k++) {
      let s = b2[k];
      for (let j = 0, o = k * nH; j < nH; j++) s += w2[o + j] * h[j];
      p[k] = s; if (s > max) max = s;
    }
    let z = 0;
    for (let k = 0; k < 10; k++) z += (p[k] = Math.exp(p[k] - max));
    for (let k = 0; k < 10; k++) p[k] /= z;
  };
  const order = digits.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    const lr = learningRate / 2 ** e;
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const t = order[i]; order[i] = order[j]; order[j] = t; }
    for (const idx of order) {
      const d = digits[idx];
      forward(d.image);
      p[d.label] -= 1; // dLoss/dlogits of cross-entropy
      dh.fill(0);
      for (let k = 0; k < 10; k++) {
        const g = p[k] * lr;
        for (let j = 0, o = k * nH; j < nH; j++) { if (hidden > 0) dh[j] += w2[o + j] * p[k]; w2[o + j] -= g * h[j]; }
        b2[k] -= g;
      }
      if (hidden > 0) {
        for (let j = 0; j < nH; j++) {
          if (h[j] <= 0) continue;
          const g = dh[j] * lr;
          for (let i = 0, o = j * nIn; i < nIn; i++) w1[o + i] -= g * x[i];
          b1[j] -= g;
        }
      }
    }
  }
  const predict = (image: RawImage) => { forward(image); let best = 0; for (let k = 1; k < 10; k++) if (p[k] > p[best]) best = k; return best; };
  return { predict, accuracy: (set) => set.filter((d) => predict(d.image) === d.label).length / Math.max(1, set.length) };
}
