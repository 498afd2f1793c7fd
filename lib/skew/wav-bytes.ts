/**
 * Encodes mono samples in [-1, 1] as a 16-bit PCM WAV file (bytes), to play in a
 * notebook (`<audio src="data:audio/wav;base64,...">`) or save.
 *
 * @example
 * html(`<audio controls src="data:audio/wav;base64,${wavBytes(clip, 16000).toString("base64")}"></audio>`);
 */
export function wavBytes(samples: Float32Array, sampleRate: number): Buffer {
  const buf = Buffer.alloc(44 + 2 * samples.length);
  buf.write("RIFF", 0); buf.writeUInt32LE(36 + 2 * samples.length, 4); buf.write("WAVE", 8);
  buf.write("fmt ", 12); buf.writeUInt32LE(16, 16); buf.writeUInt16LE(1, 20); buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(sampleRate, 24); buf.writeUInt32LE(2 * sampleRate, 28); buf.writeUInt16LE(2, 32); buf.writeUInt16LE(16, 34);
  buf.write("data", 36); buf.writeUInt32LE(2 * samples.length, 40);
  for (let i = 0; i < samples.length; i++) buf.writeInt16LE(Math.round(32767 * Math.max(-1, Math.min(1, samples[i]))), 44 + 2 * i);
  return buf;
}
