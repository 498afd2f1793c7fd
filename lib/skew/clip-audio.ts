/** Options of {@link clipAudio}. */
export interface ClipAudioOptions {
  /** Gain before the converter, dB (default 12): an input stage set too hot. */
  gainDb?: number;
  /** Largest value the converter can represent (default 1, full scale). */
  ceiling?: number;
}

/**
 * Clipping: amplifies by `gainDb` and cuts every sample at ±`ceiling`, as an analogue
 * input or an ADC does when the talker is too close or the gain too high. The flat tops
 * add harmonics (energy at high frequencies) that no later step removes.
 *
 * @example
 * clipAudio(speech, { gainDb: 18 });
 */
export function clipAudio(samples: Float32Array, options: ClipAudioOptions = {}): Float32Array {
  const { gainDb = 12, ceiling = 1 } = options;
  const g = 10 ** (gainDb / 20);
  return samples.map((s) => Math.max(-ceiling, Math.min(ceiling, s * g)));
}
