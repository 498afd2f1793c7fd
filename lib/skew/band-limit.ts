import { InputError } from "../errors/workshop-error";

/** Options of {@link bandLimit}. */
export interface BandLimitOptions {
  /** High-pass corner in Hz (default 300, a telephone channel). */
  low?: number;
  /** Low-pass corner in Hz (default 3400, a telephone channel). */
  high?: number;
}

/** One RBJ-cookbook Butterworth biquad (Q = 1/sqrt 2), applied in place. */
function biquad(x: Float32Array, sampleRate: number, freq: number, type: "low" | "high"): void {
  const w = (2 * Math.PI * freq) / sampleRate, cos = Math.cos(w), alpha = Math.sin(w) / Math.SQRT2;
  const b0 = type === "low" ? (1 - cos) / 2 : (1 + cos) / 2, b1 = type === "low" ? 1 - cos : -(1 + cos);
  const a0 = 1 + alpha, a1 = -2 * cos, a2 = 1 - alpha;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const y = (b0 * x[i] + b1 * x1 + b0 * x2 - a1 * y1 - a2 * y2) / a0;
    x2 = x1; x1 = x[i]; y2 = y1; y1 = y;
    x[i] = y;
  }
}

/**
 * Band-limiting, as in a phone microphone or a narrow-band codec: a 4th-order
 * Butterworth-style band-pass (two high-pass and two low-pass biquads).
 *
 * @example
 * const phone = bandLimit(speech, 16000); // 300-3400 Hz
 */
export function bandLimit(samples: Float32Array, sampleRate: number, options: BandLimitOptions = {}): Float32Array {
  const { low = 300, high = 3400 } = options;
  if (!(low >= 0 && high > low && high < sampleRate / 2)) {
    throw new InputError(`Expected 0 <= low < high < sampleRate / 2, got low=${low}, high=${high}, sampleRate=${sampleRate}.`, "Use e.g. low 300 and high 3400 for a phone line.");
  }
  const out = samples.slice();
  if (low > 0) { biquad(out, sampleRate, low, "high"); biquad(out, sampleRate, low, "high"); }
  biquad(out, sampleRate, high, "low"); biquad(out, sampleRate, high, "low");
  return out;
}
