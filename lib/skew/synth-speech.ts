import { seededRandom } from "../llm-text/seeded-random";

/** Options of {@link synthSpeech}. */
export interface SynthSpeechOptions {
  /** Samples per second (default 16000). */
  sampleRate?: number;
  /** Length in seconds (default 3). */
  seconds?: number;
  /** Seed of the syllable sequence, pitch and timing (default 1). */
  seed?: number;
  /** Level of a faint room-noise floor in dB full scale (default -60; real recordings are never digitally silent). */
  noiseFloorDb?: number;
}

/** Formant frequencies F1-F3 (Hz) of five vowels of an adult male voice. */
const VOWELS = [[730, 1090, 2440], [530, 1840, 2480], [270, 2290, 3010], [570, 840, 2410], [300, 870, 2240]];

/**
 * A speech-like test signal made from scratch (no recording, no licence question):
 * "words" of 2-4 vowel syllables, a glottal pulse train at 100-140 Hz with jitter through
 * three formant resonators, a little breath noise, pauses between words, and a faint noise floor. It has the
 * structure skew measures care about (voiced energy, formants up to ~3 kHz, silences),
 * not intelligible words.
 *
 * @example
 * const clip = synthSpeech({ seconds: 2 }); // Float32Array, 32,000 samples in [-1, 1]
 */
export function synthSpeech(options: SynthSpeechOptions = {}): Float32Array {
  const { sampleRate = 16000, seconds = 3, seed = 1, noiseFloorDb = -60 } = options;
  const rand = seededRandom(seed);
  const out = new Float32Array(Math.round(sampleRate * seconds));
  let t = Math.round(0.15 * sampleRate);
  while (t < out.length) {
    const syllables = 2 + Math.floor(rand() * 3);
    for (let s = 0; s < syllables && t < out.length; s++) {
      const [f1, f2, f3] = VOWELS[Math.floor(rand() * VOWELS.length)];
      const len = Math.round((0.12 + 0.12 * rand()) * sampleRate), f0 = 100 + 40 * rand();
      const state = [0, 0, 0, 0, 0, 0];
      let phase = 0;
      for (let i = 0; i < len && t + i < out.length; i++) {
        phase += (f0 * (1 + 0.01 * (rand() - 0.5))) / sampleRate;
        let x = 0.01 * (rand() - 0.5);
        if (phase >= 1) { phase -= 1; x += 1; }
        let y = 0;
        [f1, f2, f3].forEach((f, k) => {
          const r = Math.exp((-Math.PI * (60 + 20 * k)) / sampleRate), c = 2 * r * Math.cos((2 * Math.PI * f) / sampleRate);
          const v = x + c * state[2 * k] - r * r * state[2 * k + 1];
          state[2 * k + 1] = state[2 * k]; state[2 * k] = v;
          y += v / (k + 1);
        });
        out[t + i] = 0.05 * y * Math.sin((Math.PI * i) / len);
      }
      t += len;
    }
    t += Math.round((0.15 + 0.25 * rand()) * sampleRate);
  }
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  const floor = Math.sqrt(3) * 10 ** (noiseFloorDb / 20); // uniform noise with this RMS
  for (let i = 0; i < out.length; i++) out[i] = (peak > 0 ? out[i] * (0.8 / peak) : 0) + floor * (2 * rand() - 1);
  return out;
}
