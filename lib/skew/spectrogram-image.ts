import FFT from "fft.js";
import { encodeRaw } from "./encode-raw";

/** Options of {@link spectrogramImage}. */
export interface SpectrogramImageOptions {
  /** FFT frame length in samples, a power of two (default 512). */
  frame?: number;
  /** Samples between frames (default frame / 4). */
  hop?: number;
  /** Dynamic range shown, in dB below the loudest cell (default 80). */
  range?: number;
  /** Highest frequency shown, Hz (default sampleRate / 2). */
  maxHz?: number;
}

const STOPS = [[0, 0, 4], [80, 18, 123], [182, 54, 121], [251, 136, 97], [252, 253, 191]]; // magma-like

/**
 * Draws a spectrogram (time left to right, frequency bottom to top, loudness as colour)
 * as PNG bytes, one pixel per frame and frequency bin, ready for `gallery`.
 *
 * @example
 * await gallery([await spectrogramImage(clip, 16000), await spectrogramImage(bandLimit(clip, 16000), 16000)]);
 */
export async function spectrogramImage(samples: Float32Array, sampleRate: number, options: SpectrogramImageOptions = {}): Promise<Buffer> {
  const { frame = 512, hop = frame / 4, range = 80, maxHz = sampleRate / 2 } = options;
  const fft = new FFT(frame);
  const input = new Array<number>(frame).fill(0), spectrum = fft.createComplexArray() as number[];
  const bins = Math.min(frame / 2, Math.round((maxHz / sampleRate) * frame));
  const cols: Float64Array[] = [];
  let top = -Infinity;
  for (let start = 0; start + frame <= samples.length; start += hop) {
    for (let i = 0; i < frame; i++) input[i] = samples[start + i] * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (frame - 1)));
    fft.realTransform(spectrum, input);
    const col = new Float64Array(bins);
    for (let k = 0; k < bins; k++) { col[k] = 10 * Math.log10(spectrum[2 * k] ** 2 + spectrum[2 * k + 1] ** 2 + 1e-12); top = Math.max(top, col[k]); }
    cols.push(col);
  }
  const width = Math.max(1, cols.length), data = new Uint8Array(width * bins * 3);
  cols.forEach((col, x) => {
    for (let k = 0; k < bins; k++) {
      const v = Math.max(0, Math.min(1, (col[k] - top + range) / range)) * (STOPS.length - 1);
      const a = STOPS[Math.floor(v)], b = STOPS[Math.min(STOPS.length - 1, Math.floor(v) + 1)], f = v - Math.floor(v);
      const o = ((bins - 1 - k) * width + x) * 3;
      for (let c = 0; c < 3; c++) data[o + c] = Math.round(a[c] + (b[c] - a[c]) * f);
    }
  });
  return encodeRaw({ data, width, height: bins, channels: 3 });
}
