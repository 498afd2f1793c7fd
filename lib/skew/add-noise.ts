import { InputError } from "../errors/workshop-error";
import { seededRandom } from "../llm-text/seeded-random";

/** Options of {@link addNoise}. */
export interface AddNoiseOptions {
  /** Seed of the noise (default 1). */
  seed?: number;
}

/**
 * Background noise at a set signal-to-noise ratio: adds seeded white Gaussian noise
 * whose power is the signal's mean power divided by 10^(snrDb / 10).
 *
 * @example
 * const noisy = addNoise(speech, 10); // 10 dB SNR: a busy street
 */
export function addNoise(samples: Float32Array, snrDb: number, options: AddNoiseOptions = {}): Float32Array {
  const { seed = 1 } = options;
  if (!Number.isFinite(snrDb)) throw new InputError(`Expected a finite SNR in dB, got ${snrDb}.`, "Use e.g. 20 (quiet room), 10 (street) or 0 (as loud as the speech).");
  let power = 0;
  for (const s of samples) power += s * s;
  power /= Math.max(1, samples.length);
  const sigma = Math.sqrt(power / 10 ** (snrDb / 10));
  const rand = seededRandom(seed);
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i += 2) {
    // Box-Muller: two Gaussian values per pair of uniform draws
    const r = Math.sqrt(-2 * Math.log(1 - rand())), t = 2 * Math.PI * rand();
    out[i] = samples[i] + sigma * r * Math.cos(t);
    if (i + 1 < samples.length) out[i + 1] = samples[i + 1] + sigma * r * Math.sin(t);
  }
  return out;
}
