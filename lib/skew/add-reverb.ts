import { InputError } from "../errors/workshop-error";
import { seededRandom } from "../llm-text/seeded-random";

/** Options of {@link addReverb}. */
export interface AddReverbOptions {
  /** Reverberation time RT60 in seconds: how long the echo takes to fall by 60 dB (default 0.5, a living room; 1.5 = a hall). */
  rt60?: number;
  /** Share of reverberant sound mixed in, 0-1 (default 0.5). */
  wet?: number;
  /** Seed of the synthetic impulse response (default 1). */
  seed?: number;
}

/**
 * Room reverberation: convolves the signal with a synthetic impulse response (seeded
 * noise decaying by 60 dB over `rt60` seconds) and mixes it with the dry sound. The
 * output has the input's length (the tail past the end is cut, as in a recording that stops).
 *
 * @example
 * const hall = addReverb(speech, 16000, { rt60: 1.2 });
 */
export function addReverb(samples: Float32Array, sampleRate: number, options: AddReverbOptions = {}): Float32Array {
  const { rt60 = 0.5, wet = 0.5, seed = 1 } = options;
  if (!(rt60 > 0 && rt60 <= 5 && wet >= 0 && wet <= 1)) throw new InputError(`Expected 0 < rt60 <= 5 s and 0 <= wet <= 1, got rt60=${rt60}, wet=${wet}.`, "Use rt60 0.3-1.5 s and wet 0.2-0.7.");
  const rand = seededRandom(seed);
  const len = Math.round(rt60 * sampleRate);
  const ir = new Float32Array(len);
  let energy = 0;
  for (let k = 0; k < len; k++) { ir[k] = (rand() * 2 - 1) * 10 ** ((-3 * k) / len); energy += ir[k] * ir[k]; }
  const norm = 1 / Math.sqrt(energy || 1);
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s === 0) continue;
    out[i] += (1 - wet) * s;
    const g = wet * s * norm;
    const end = Math.min(len, samples.length - i);
    for (let k = 0; k < end; k++) out[i + k] += g * ir[k];
  }
  return out;
}
