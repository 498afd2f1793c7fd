import { readFileSync } from "node:fs";
import type * as WasmMediaEncoders from "wasm-media-encoders";
import type { WasmMediaEncoder } from "wasm-media-encoders";
import type * as Mpg123 from "mpg123-decoder";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const encoders = lazyModule<typeof WasmMediaEncoders>(() => require("wasm-media-encoders"));
const mpg123 = lazyModule<typeof Mpg123>(() => require("mpg123-decoder"));

/** Options of {@link mp3Roundtrip}. */
export interface Mp3RoundtripOptions {
  /** Constant bitrate in kbit/s (default 32). MP3 allows 8-160 at 16 kHz, 8-64 at 8-12 kHz, 32-320 at 32-48 kHz. */
  kbps?: number;
}

/** MP3 sampling rates: MPEG-2.5, MPEG-2 and MPEG-1 Layer III. */
const RATES = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000];
/** Constant bitrates (kbit/s) per MPEG version, chosen by sampling rate. */
const BITRATES = {
  low: [8, 16, 24, 32, 40, 48, 56, 64],
  mid: [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  high: [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
};
/** LAME's encoder delay (576 samples) plus mpg123's decoder delay (529), measured constant over rates and bitrates. */
const CODEC_DELAY = 576 + 529;

type Mp3Config = Parameters<WasmMediaEncoder<"audio/mpeg">["configure"]>[0];

/** LAME's WebAssembly: the file's bytes at first, the compiled module after the first call. */
let lame: Parameters<typeof WasmMediaEncoders.createEncoder>[1] | undefined;

/**
 * Low-bitrate MP3 compression as a skew: encodes mono samples to MP3 at a constant
 * bitrate (LAME compiled to WebAssembly, npm `wasm-media-encoders`), decodes them back
 * (mpg123 in WebAssembly, npm `mpg123-decoder`) and trims the codec delay, so the output
 * lines up sample for sample with the input and has the same length. The encoder keeps
 * the sampling rate; at low bitrates it cuts the high frequencies off to save bits.
 * The decoded level comes out about 0.45 dB (5 %) lower at every bitrate (measured).
 *
 * @example
 * const { samples, bytes } = await mp3Roundtrip(speech, 16000, { kbps: 8 });
 * audioFeatures(samples, 16000).spectralCentroid; // lower than the clean clip's
 */
export async function mp3Roundtrip(samples: Float32Array, sampleRate: number, options: Mp3RoundtripOptions = {}): Promise<{ samples: Float32Array; bytes: number }> {
  const { kbps = 32 } = options;
  if (!RATES.includes(sampleRate)) {
    throw new InputError(`Expected an MP3 sampling rate (${RATES.join(", ")} Hz), got ${sampleRate}.`, "Resample the clip first; the lab's clips are 16000 Hz.");
  }
  const allowed = sampleRate < 16000 ? BITRATES.low : sampleRate < 32000 ? BITRATES.mid : BITRATES.high;
  if (!allowed.includes(kbps)) {
    throw new InputError(`Expected a bitrate MP3 allows at ${sampleRate} Hz (${allowed.join(", ")} kbit/s), got ${kbps}.`, "Use e.g. 64 (good), 24 (poor) or 8 (very poor) at 16 kHz.");
  }
  lame ??= readFileSync(require.resolve("wasm-media-encoders/wasm/mp3"));
  const encoder = await encoders.createEncoder("audio/mpeg", lame, (compiled) => { lame = compiled; });
  encoder.configure({ channels: 1, sampleRate, bitrate: kbps, outputSampleRate: sampleRate } as Mp3Config);
  // the encoder reuses one output buffer: copy each chunk before the next call
  const head = encoder.encode([samples]).slice();
  const tail = encoder.finalize().slice();
  const mp3 = new Uint8Array(head.length + tail.length);
  mp3.set(head);
  mp3.set(tail, head.length);
  const decoder = new mpg123.MPEGDecoder();
  await decoder.ready;
  try {
    const decoded = decoder.decode(mp3);
    const out = new Float32Array(samples.length);
    out.set(decoded.channelData[0].subarray(CODEC_DELAY, CODEC_DELAY + samples.length));
    return { samples: out, bytes: mp3.length };
  } finally {
    decoder.free();
  }
}
