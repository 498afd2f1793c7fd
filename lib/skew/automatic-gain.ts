/** Options of {@link automaticGain}. */
export interface AutomaticGainOptions {
  /** Level the gain aims for, dB full scale (default -20). */
  targetDb?: number;
  /** Most gain it applies, dB (default 30): how far it lifts a quiet pause. */
  maxGainDb?: number;
  /** How fast the gain falls when the level rises, ms (default 10). */
  attackMs?: number;
  /** How fast the gain rises again when it gets quiet, ms (default 300). */
  releaseMs?: number;
}

/**
 * Automatic gain control, as phones and conferencing apps run it: follows the signal's
 * level (a running RMS over ~50 ms) and scales it toward `targetDb`, cutting fast and
 * recovering slowly. Loud and quiet talkers come out alike, and in every pause the
 * gain climbs, lifting the background noise: the pauses get louder.
 *
 * @example
 * const levelled = automaticGain(addNoise(speech, 30), 16000);
 */
export function automaticGain(samples: Float32Array, sampleRate: number, options: AutomaticGainOptions = {}): Float32Array {
  const { targetDb = -20, maxGainDb = 30, attackMs = 10, releaseMs = 300 } = options;
  const target = 10 ** (targetDb / 20), maxGain = 10 ** (maxGainDb / 20);
  const coef = (ms: number) => Math.exp(-1 / ((ms / 1000) * sampleRate));
  const env = coef(50), attack = coef(attackMs), release = coef(releaseMs);
  const out = new Float32Array(samples.length);
  let power = target * target, gain = 1;
  for (let i = 0; i < samples.length; i++) {
    power = env * power + (1 - env) * samples[i] * samples[i];
    const want = Math.min(maxGain, target / Math.max(Math.sqrt(power), 1e-9));
    const c = want < gain ? attack : release;
    gain = c * gain + (1 - c) * want;
    out[i] = samples[i] * gain;
  }
  return out;
}
