import FFT from "fft.js";

/** Options of {@link suppressNoise}. */
export interface SuppressNoiseOptions {
  /** Frame length in samples, a power of two (default 512: 32 ms at 16 kHz). */
  frame?: number;
  /** Most attenuation per frequency bin, dB (default 20). */
  reductionDb?: number;
  /** Share of the quietest frames whose spectrum is taken as the noise (default 0.2). */
  noiseShare?: number;
  /** How much of the noise estimate is subtracted (default 3: over-subtraction, because the quietest frames underestimate the noise). */
  overSubtraction?: number;
}

/**
 * Noise suppression by spectral subtraction, as phones and meeting apps run it: estimate
 * the noise spectrum from the quietest frames, then scale each frequency bin of each
 * frame by max(floor, 1 - overSubtraction * noise / power). Frames overlap by half
 * under a square-root Hann window at analysis and synthesis, which sum back to the
 * input where nothing is removed. It cleans the pauses, and also eats the quiet parts
 * of speech (word ends, fricatives), leaving "musical noise". FFT by fft.js.
 *
 * @example
 * const cleaned = suppressNoise(addNoise(speech, 10), 16000);
 */
export function suppressNoise(samples: Float32Array, sampleRate: number, options: SuppressNoiseOptions = {}): Float32Array {
  void sampleRate; // the method works in bins; the rate is part of the audio helpers' signature
  const { frame = 512, reductionDb = 20, noiseShare = 0.2, overSubtraction = 3 } = options;
  const hop = frame / 2, fft = new FFT(frame), bins = frame / 2 + 1, floor = 10 ** (-reductionDb / 20);
  const win = Float64Array.from({ length: frame }, (_, i) => Math.sqrt(0.5 - 0.5 * Math.cos((2 * Math.PI * i) / frame)));
  const padded = new Float32Array(samples.length + 2 * frame);
  padded.set(samples, frame);
  const spectra: number[][] = [], energy: number[] = [];
  const input = new Array<number>(frame).fill(0);
  for (let start = 0; start + frame <= padded.length; start += hop) {
    for (let i = 0; i < frame; i++) input[i] = padded[start + i] * win[i];
    const spec = fft.createComplexArray() as number[];
    fft.realTransform(spec, input);
    fft.completeSpectrum(spec);
    let e = 0;
    for (let k = 0; k < bins; k++) e += spec[2 * k] ** 2 + spec[2 * k + 1] ** 2;
    spectra.push(spec); energy.push(e);
  }
  const quiet = energy.map((e, i) => [e, i]).sort((p, q) => p[0] - q[0]).slice(0, Math.max(1, Math.floor(noiseShare * energy.length))).map(([, i]) => i);
  const noise = new Float64Array(bins);
  for (const i of quiet) for (let k = 0; k < bins; k++) noise[k] += (spectra[i][2 * k] ** 2 + spectra[i][2 * k + 1] ** 2) / quiet.length;
  const out = new Float32Array(padded.length), back = fft.createComplexArray() as number[];
  spectra.forEach((spec, f) => {
    for (let k = 0; k < frame; k++) {
      const bin = k < bins ? k : frame - k;
      const power = spec[2 * k] ** 2 + spec[2 * k + 1] ** 2;
      const g = power > 0 ? Math.max(floor, 1 - (overSubtraction * noise[bin]) / power) : floor;
      spec[2 * k] *= g; spec[2 * k + 1] *= g;
    }
    fft.inverseTransform(back, spec);
    for (let i = 0; i < frame; i++) out[f * hop + i] += back[2 * i] * win[i];
  });
  return out.slice(frame, frame + samples.length);
}
