import { InputError } from "../errors/workshop-error";
import { bandLimit } from "./band-limit";

/** Options of {@link microphoneResponse}. */
export interface MicrophoneResponseOptions {
  /** Low cut: a small capsule loses the bass below this, Hz (default 200). */
  lowCut?: number;
  /** High cut: the capsule and the device's anti-alias filter roll off above this, Hz (default 6000). */
  highCut?: number;
  /** Centre of the "presence" peak cheap MEMS microphones have, Hz (default 4000). */
  presenceHz?: number;
  /** Height of that peak, dB (default 8). */
  presenceDb?: number;
}

/**
 * A cheap microphone's frequency response: band-pass from `lowCut` to `highCut` (as
 * {@link bandLimit}) and a peak around `presenceHz` (an RBJ-cookbook peaking biquad,
 * Q = 1), so speech sounds thinner and sharper than in the studio.
 *
 * @example
 * const phoneMic = microphoneResponse(speech, 16000, { presenceDb: 10 });
 */
export function microphoneResponse(samples: Float32Array, sampleRate: number, options: MicrophoneResponseOptions = {}): Float32Array {
  const { lowCut = 200, highCut = 6000, presenceHz = 4000, presenceDb = 8 } = options;
  if (!(presenceHz > 0 && presenceHz < sampleRate / 2)) throw new InputError(`Expected 0 < presenceHz < sampleRate / 2, got ${presenceHz}.`, "Use a peak inside the band, e.g. 4000 Hz at 16 kHz.");
  const out = bandLimit(samples, sampleRate, { low: lowCut, high: Math.min(highCut, sampleRate / 2 - 1) });
  const A = 10 ** (presenceDb / 40), w = (2 * Math.PI * presenceHz) / sampleRate, alpha = Math.sin(w) / 2;
  const b0 = 1 + alpha * A, b1 = -2 * Math.cos(w), b2 = 1 - alpha * A, a0 = 1 + alpha / A, a1 = b1, a2 = 1 - alpha / A;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < out.length; i++) {
    const y = (b0 * out[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
    x2 = x1; x1 = out[i]; y2 = y1; y1 = y;
    out[i] = y;
  }
  return out;
}
