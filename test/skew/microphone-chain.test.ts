import assert from "node:assert/strict";
import { test } from "node:test";
import { readWav } from "../../lib/skew/read-wav";
import { microphoneResponse } from "../../lib/skew/microphone-response";
import { automaticGain } from "../../lib/skew/automatic-gain";
import { suppressNoise } from "../../lib/skew/suppress-noise";
import { clipAudio } from "../../lib/skew/clip-audio";
import { addNoise } from "../../lib/skew/add-noise";
import { wavBytes } from "../../lib/skew/wav-bytes";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const sr = 16000;
const tone = (hz: number, seconds = 1, amp = 0.5) => Float32Array.from({ length: sr * seconds }, (_, i) => amp * Math.sin((2 * Math.PI * hz * i) / sr));
const rms = (x: Float32Array, from = 0, to = x.length) => { let s = 0; for (let i = from; i < to; i++) s += x[i] * x[i]; return Math.sqrt(s / (to - from)); };
const db = (r: number) => 20 * Math.log10(r);
const SPEECH = "data/skew/speech/sense_and_sensibility_01_austen_64kb-0880.wav";

test("readWav reads the bundled LibriVox recording: 16 kHz mono, about 3 s, and round-trips wavBytes", () => {
  const { samples, sampleRate } = readWav(SPEECH);
  assert.equal(sampleRate, 16000);
  assert.ok(samples.length > 2.5 * sr && samples.length < 3.5 * sr, `${samples.length} samples`);
  const dir = mkdtempSync(join(tmpdir(), "wav-"));
  writeFileSync(join(dir, "t.wav"), wavBytes(tone(440, 0.1), sr));
  const back = readWav(join(dir, "t.wav"));
  assert.ok(Math.abs(back.samples[40] - tone(440, 0.1)[40]) < 1e-4);
  assert.throws(() => readWav("package.json"), /not a WAV file/);
});

test("the microphone response cuts bass and lifts the presence band", () => {
  const low = db(rms(microphoneResponse(tone(80), sr), sr / 2)) - db(rms(tone(80)));
  const peak = db(rms(microphoneResponse(tone(4000), sr), sr / 2)) - db(rms(tone(4000)));
  const mid = db(rms(microphoneResponse(tone(1000), sr), sr / 2)) - db(rms(tone(1000)));
  assert.ok(low < -12, `80 Hz: ${low} dB`);
  assert.ok(peak > 5, `4 kHz: ${peak} dB`);
  assert.ok(Math.abs(mid) < 3, `1 kHz: ${mid} dB`);
});

test("automatic gain brings quiet and loud talkers to the target, and lifts the pauses", () => {
  for (const amp of [0.01, 0.5]) {
    const out = automaticGain(tone(300, 1, amp), sr);
    assert.ok(Math.abs(db(rms(out, 0.75 * sr)) - -20) < 1.5, `amplitude ${amp}: ${db(rms(out, 0.75 * sr))} dB`);
  }
  const speechThenPause = new Float32Array(2 * sr);
  speechThenPause.set(tone(300, 1, 0.3));
  const withHiss = addNoise(speechThenPause, 40, { seed: 1 });
  const out = automaticGain(withHiss, sr);
  assert.ok(rms(out, 1.5 * sr) > 10 * rms(withHiss, 1.5 * sr), "the gain climbs in the pause and lifts the hiss");
});

test("noise suppression removes steady noise in the pauses and keeps a loud tone", () => {
  const signal = new Float32Array(2 * sr);
  signal.set(tone(500, 1, 0.3));
  const noisy = addNoise(signal, 10, { seed: 2 });
  const cleaned = suppressNoise(noisy, sr);
  assert.ok(db(rms(cleaned, 1.2 * sr)) < db(rms(noisy, 1.2 * sr)) - 10, "pause noise down by more than 10 dB");
  assert.ok(Math.abs(db(rms(cleaned, 0.2 * sr, 0.8 * sr)) - db(rms(noisy, 0.2 * sr, 0.8 * sr))) < 2, "the tone keeps its level");
  const quiet = tone(500, 1, 0.3);
  const untouched = suppressNoise(quiet, sr, { overSubtraction: 0 });
  assert.ok(Math.abs(untouched[8000] - quiet[8000]) < 1e-4, "with nothing subtracted the frames sum back to the input");
});

test("clipping caps every sample at the ceiling and adds harmonics", () => {
  const out = clipAudio(tone(500, 1, 0.5), { gainDb: 12 });
  assert.equal(Math.max(...out), 1);
  assert.ok(out.filter((s) => Math.abs(s) === 1).length > 0.3 * out.length);
  assert.deepEqual(Array.from(clipAudio(Float32Array.from([0.1, -0.2]), { gainDb: 0 })), [0.10000000149011612, -0.20000000298023224]);
});
