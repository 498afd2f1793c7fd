import { readFileSync } from "node:fs";
import { InputError } from "../errors/workshop-error";

/** A decoded WAV file: mono samples in [-1, 1] and their rate. */
export interface WavAudio { samples: Float32Array; sampleRate: number }

/**
 * Reads a 16-bit PCM WAV file (RIFF), mixing several channels down to mono. Written by
 * hand: the format is a 44-byte header and raw samples, and the decoders on npm bring a
 * WebAssembly build or streams for what this needs.
 *
 * @example
 * const { samples, sampleRate } = readWav("data/skew/speech/sense_and_sensibility_01_austen_64kb-0880.wav"); // 16000
 */
export function readWav(path: string): WavAudio {
  const b = readFileSync(path);
  if (b.length < 12 || b.toString("ascii", 0, 4) !== "RIFF" || b.toString("ascii", 8, 12) !== "WAVE") {
    throw new InputError(`${path} is not a WAV file (no RIFF/WAVE header).`, "Convert it to 16-bit PCM WAV first, e.g. `ffmpeg -i in.mp3 -ac 1 -ar 16000 out.wav`.");
  }
  let channels = 0, sampleRate = 0, bits = 0, format = 0;
  for (let at = 12; at + 8 <= b.length;) {
    const id = b.toString("ascii", at, at + 4), size = b.readUInt32LE(at + 4), body = at + 8;
    if (id === "fmt ") { format = b.readUInt16LE(body); channels = b.readUInt16LE(body + 2); sampleRate = b.readUInt32LE(body + 4); bits = b.readUInt16LE(body + 14); }
    if (id === "data") {
      if (format !== 1 || bits !== 16 || channels < 1) {
        throw new InputError(`${path}: expected 16-bit PCM, got format ${format}, ${bits} bits, ${channels} channels.`, "Convert it to 16-bit PCM WAV first.");
      }
      const frames = Math.floor(Math.min(size, b.length - body) / (2 * channels));
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) {
        let s = 0;
        for (let c = 0; c < channels; c++) s += b.readInt16LE(body + 2 * (i * channels + c));
        samples[i] = s / channels / 32768;
      }
      return { samples, sampleRate };
    }
    at = body + size + (size % 2);
  }
  throw new InputError(`${path} has no data chunk.`, "The file is damaged or empty.");
}
