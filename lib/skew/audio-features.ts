import FFT from "fft.js";

/** Label-free features of a sound clip. */
export interface AudioFeatureRow {
  /** Root-mean-square level, in dB full scale (0 = a full-scale square wave). */
  rmsDb: number;
  /** Power-weighted mean frequency of the spectrum, Hz ("brightness" of the sound). */
  spectralCentroid: number;
  /** Power-weighted standard deviation of frequency around the centroid, Hz. */
  spectralBandwidth: number;
  /** Estimated SNR in dB: loudest frames (95th percentile energy) over the quietest (10th). */
  estimatedSnrDb: number;
}

/** Options of {@link audioFeatures}. */
export interface AudioFeaturesOptions {
  /** Frame length in samples, a power of two (default 512). */
  frame?: number;
}

/**
 * Measures level, spectral centroid and bandwidth (Hann-windowed frames, FFT by fft.js)
 * and a blind SNR estimate from the spread of frame energies.
 *
 * @example
 * audioFeatures(bandLimit(speech, 16000), 16000).spectralBandwidth; // narrower than the clean clip's
 */
export function audioFeatures(samples: Float32Array, sampleRate: number, options: AudioFeaturesOptions = {}): AudioFeatureRow {
  const { frame = 512 } = options;
  const fft = new FFT(frame);
  const input = new Array<number>(frame).fill(0), spectrum = fft.createComplexArray() as number[];
  const hann = Array.from({ length: frame }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (frame - 1)));
  const power = new Float64Array(frame / 2 + 1);
  const energies: number[] = [];
  let sumSq = 0;
  for (const s of samples) sumSq += s * s;
  for (let start = 0; start + frame <= samples.length; start += frame / 2) {
    let e = 0;
    for (let i = 0; i < frame; i++) { const v = samples[start + i]; input[i] = v * hann[i]; e += v * v; }
    energies.push(e / frame);
    fft.realTransform(spectrum, input);
    for (let k = 0; k <= frame / 2; k++) power[k] += spectrum[2 * k] ** 2 + spectrum[2 * k + 1] ** 2;
  }
  let total = 0, mean = 0;
  for (let k = 0; k <= frame / 2; k++) { total += power[k]; mean += power[k] * ((k * sampleRate) / frame); }
  mean = total > 0 ? mean / total : 0;
  let spread = 0;
  for (let k = 0; k <= frame / 2; k++) spread += power[k] * ((k * sampleRate) / frame - mean) ** 2;
  energies.sort((a, b) => a - b);
  const pick = (q: number) => energies[Math.min(energies.length - 1, Math.floor(q * energies.length))] ?? 0;
  const db = (p: number) => 10 * Math.log10(Math.max(p, 1e-12));
  return {
    rmsDb: db(sumSq / Math.max(1, samples.length)),
    spectralCentroid: mean,
    spectralBandwidth: total > 0 ? Math.sqrt(spread / total) : 0,
    estimatedSnrDb: db(pick(0.95)) - db(pick(0.1)),
  };
}
