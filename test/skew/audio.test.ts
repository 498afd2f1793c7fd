import assert from "node:assert/strict";
import { test } from "node:test";
import { addNoise } from "../../lib/skew/add-noise";
import { addReverb } from "../../lib/skew/add-reverb";
import { audioFeatures } from "../../lib/skew/audio-features";
import { bandLimit } from "../../lib/skew/band-limit";
import { synthSpeech } from "../../lib/skew/synth-speech";
import { wavBytes } from "../../lib/skew/wav-bytes";
import { readRaw } from "../../lib/skew/raw-image";
import { spectrogramImage } from "../../lib/skew/spectrogram-image";
import { speechProbability } from "../../lib/skew/speech-probability";

const SR = 16000;
const tone = (hz: number, seconds = 1) => Float32Array.from({ length: SR * seconds }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / SR));
const powerDb = (x: Float32Array, from = 0) => { let p = 0; for (let i = from; i < x.length; i++) p += x[i] * x[i]; return 10 * Math.log10(p / (x.length - from)); };
const speech = synthSpeech({ seconds: 2 });

test("noise is added at the SNR asked for", () => {
  const noisy = addNoise(speech, 10, { seed: 4 });
  const noise = noisy.map((v, i) => v - speech[i]);
  assert.ok(Math.abs(powerDb(speech) - powerDb(noise) - 10) < 0.3, `${powerDb(speech) - powerDb(noise)} dB`);
  assert.deepEqual(addNoise(speech, 10, { seed: 4 }), noisy);
});

test("band-limiting keeps 1 kHz and cuts 100 Hz and 6 kHz", () => {
  const kept = powerDb(bandLimit(tone(1000), SR), 2000) - powerDb(tone(1000), 2000);
  assert.ok(Math.abs(kept) < 1, `1 kHz changed by ${kept} dB`);
  for (const hz of [100, 6000]) assert.ok(powerDb(bandLimit(tone(hz), SR), 2000) - powerDb(tone(hz), 2000) < -15, `${hz} Hz`);
  assert.throws(() => bandLimit(speech, SR, { high: 9000 }), /low < high < sampleRate \/ 2, got low=300, high=9000/);
});

test("reverb adds a decaying tail and fills the pauses", () => {
  const wet = addReverb(speech, SR, { rt60: 0.6 });
  assert.equal(wet.length, speech.length);
  let last = 0;
  speech.forEach((v, i) => { if (Math.abs(v) > 0.01) last = i; });
  const tail = wet.slice(last + 800, last + 2400); // 50-150 ms after the last syllable
  assert.ok(powerDb(tail) > powerDb(speech.slice(last + 800, last + 2400)) + 10, "the room keeps sounding after the speech ends");
  assert.ok(audioFeatures(wet, SR).estimatedSnrDb < audioFeatures(speech, SR).estimatedSnrDb - 5);
});

test("audio features: a 1 kHz tone has its centroid at 1 kHz; noise lowers the estimated SNR; a phone band narrows the spectrum", () => {
  assert.ok(Math.abs(audioFeatures(tone(1000), SR).spectralCentroid - 1000) < 30);
  const clean = audioFeatures(speech, SR);
  assert.ok(clean.estimatedSnrDb > 30, `clean speech-like clip: ${clean.estimatedSnrDb} dB`);
  assert.ok(audioFeatures(addNoise(speech, 5), SR).estimatedSnrDb < clean.estimatedSnrDb - 15);
  assert.ok(audioFeatures(bandLimit(speech, SR, { low: 300, high: 1000 }), SR).spectralBandwidth < clean.spectralBandwidth);
});

test("wavBytes writes a 16-bit mono WAV header and samples", () => {
  const wav = wavBytes(Float32Array.from([0, 1, -1]), 8000);
  assert.equal(wav.toString("ascii", 0, 4), "RIFF");
  assert.equal(wav.readUInt32LE(24), 8000);
  assert.deepEqual([wav.readInt16LE(44), wav.readInt16LE(46), wav.readInt16LE(48)], [0, 32767, -32767]);
});

test("a spectrogram of a 2 kHz tone is brightest in the row for 2 kHz", async () => {
  const raw = await readRaw(await spectrogramImage(tone(2000), SR, { frame: 256 }));
  assert.equal(raw.height, 128);
  let best = 0, bestRow = -1;
  for (let y = 0; y < raw.height; y++) { const v = raw.data[(y * raw.width + 10) * 3 + 1]; if (v > best) { best = v; bestRow = y; } }
  assert.equal(raw.height - 1 - bestRow, 32); // bin 32 of 256 at 16 kHz = 2 kHz
});

test("the Silero VAD hears the speech-like clip in its syllables and not in its pauses", async () => {
  const clip = synthSpeech({ seconds: 3 });
  const p = await speechProbability(clip);
  assert.equal(p.length, Math.floor(clip.length / 1536));
  const voiced = p.map((_, f) => { let e = 0; for (let i = f * 1536; i < (f + 1) * 1536; i++) e += clip[i] ** 2; return e / 1536 > 1e-3; });
  const mean = (want: boolean) => { const v = p.filter((_, i) => voiced[i] === want); return v.reduce((s, x) => s + x, 0) / v.length; };
  assert.ok(mean(true) > 0.7 && mean(false) < 0.4, `voiced ${mean(true)}, pauses ${mean(false)}`);
  const noisy = await speechProbability(addNoise(clip, 10));
  const pauseNoisy = noisy.filter((_, i) => !voiced[i]).reduce((s, x) => s + x, 0) / voiced.filter((v) => !v).length;
  assert.ok(pauseNoisy > mean(false) + 0.2, `noise makes the pauses sound like speech: ${mean(false)} -> ${pauseNoisy}`);
});
