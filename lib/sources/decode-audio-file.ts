import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import type * as Flac from "@wasm-audio-decoders/flac";
import type * as Mpg123 from "mpg123-decoder";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const flac = lazyModule<typeof Flac>(() => require("@wasm-audio-decoders/flac"));
const mpg123 = lazyModule<typeof Mpg123>(() => require("mpg123-decoder"));

/** Decoded mono audio: the first channel's samples in [-1, 1]. */
export interface DecodedAudio {
  samples: Float32Array;
  sampleRate: number;
  seconds: number;
}

/**
 * Decodes an MP3 (Common Voice's format; mpg123 in WebAssembly) or FLAC file
 * (LibriSpeech's; libFLAC in WebAssembly, npm @wasm-audio-decoders/flac) to samples.
 * A file that is not audio, or is cut short, fails with the decoder's reason.
 *
 * @example
 * const { samples, sampleRate } = await decodeAudioFile("data/sources/fixtures/librispeech/train-mini/19/198/19-198-0000.flac");
 */
export async function decodeAudioFile(path: string): Promise<DecodedAudio> {
  if (!existsSync(path)) throw new InputError(`No audio file at '${path}'.`, "Check the path column of the table you read it from.");
  const bytes = new Uint8Array(readFileSync(path));
  const kind = extname(path).toLowerCase();
  const hint = "The file may be cut short or not audio at all: download it again.";
  if (kind === ".flac") {
    if (String.fromCharCode(...bytes.subarray(0, 4)) !== "fLaC") throw new InputError(`'${path}' does not start like a FLAC file (fLaC).`, hint);
    const decoder = new flac.FLACDecoder();
    await decoder.ready;
    try {
      const r = await decoder.decodeFile(bytes);
      if (r.errors?.length) throw new InputError(`'${path}' did not decode cleanly: ${r.errors[0].message}.`, hint);
      if (!r.samplesDecoded) throw new InputError(`'${path}' holds no audio frames.`, hint);
      return { samples: r.channelData[0], sampleRate: r.sampleRate, seconds: r.samplesDecoded / r.sampleRate };
    } finally {
      decoder.free();
    }
  }
  if (kind === ".mp3") {
    const decoder = new mpg123.MPEGDecoder();
    await decoder.ready;
    try {
      const r = decoder.decode(bytes);
      if (!r.samplesDecoded) throw new InputError(`'${path}' holds no MP3 frames.`, hint);
      return { samples: r.channelData[0], sampleRate: r.sampleRate, seconds: r.samplesDecoded / r.sampleRate };
    } finally {
      decoder.free();
    }
  }
  throw new InputError(`Expected a .flac or .mp3 file, got '${path}'.`, "Convert other formats with sox or ffmpeg first.");
}
