import assert from "node:assert/strict";
import { test } from "node:test";
import { audioFeatures } from "../../lib/skew/audio-features";
import { mp3Roundtrip } from "../../lib/skew/mp3-roundtrip";
import { seededRandom } from "../../lib/llm-text/seeded-random";

const SR = 16000;
const tone = Float32Array.from({ length: SR }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 1000 * i) / SR));
const rand = seededRandom(3);
const noise = Float32Array.from({ length: SR }, () => 0.3 * (2 * rand() - 1)); // white: energy up to 8 kHz
const correlation = (a: Float32Array, b: Float32Array) => {
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i++) { ab += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
  return ab / Math.sqrt(aa * bb);
};

test("the MP3 size follows the bitrate: 8 kbit/s is a sixteenth of 128 kbit/s", async () => {
  const low = await mp3Roundtrip(noise, SR, { kbps: 8 }), high = await mp3Roundtrip(noise, SR, { kbps: 128 });
  assert.ok(low.bytes * 10 < high.bytes, `${low.bytes} vs ${high.bytes} bytes`);
  // one second at 128 kbit/s is 16,000 bytes, plus the frames that flush the codec delay
  assert.ok(high.bytes >= 16000 && high.bytes < 16000 * 1.15, `${high.bytes} bytes`);
});

test("the round trip keeps the length and lines up with the input", async () => {
  const odd = noise.subarray(0, 12345);
  const { samples } = await mp3Roundtrip(odd, SR, { kbps: 128 });
  assert.equal(samples.length, 12345);
  // white noise is uncorrelated with itself shifted by one sample, so a high correlation means exact alignment
  assert.ok(correlation(odd, samples) > 0.9, `correlation ${correlation(odd, samples)}`);
});

test("a 1 kHz tone survives 128 kbit/s", async () => {
  const { samples } = await mp3Roundtrip(tone, SR, { kbps: 128 });
  assert.ok(correlation(tone, samples) > 0.999, `correlation ${correlation(tone, samples)}`);
});

test("8 kbit/s loses the high frequencies: spectral centroid and bandwidth fall", async () => {
  const clean = audioFeatures(noise, SR);
  const kept = audioFeatures((await mp3Roundtrip(noise, SR, { kbps: 128 })).samples, SR);
  const cut = audioFeatures((await mp3Roundtrip(noise, SR, { kbps: 8 })).samples, SR);
  assert.ok(kept.spectralCentroid > 0.8 * clean.spectralCentroid, `128 kbit/s centroid ${kept.spectralCentroid} vs ${clean.spectralCentroid}`);
  assert.ok(cut.spectralCentroid < 0.5 * clean.spectralCentroid, `8 kbit/s centroid ${cut.spectralCentroid} vs ${clean.spectralCentroid}`);
  assert.ok(cut.spectralBandwidth < 0.5 * kept.spectralBandwidth, `8 kbit/s bandwidth ${cut.spectralBandwidth} vs ${kept.spectralBandwidth}`);
});

test("a sampling rate or bitrate MP3 does not have is refused with the allowed values", async () => {
  await assert.rejects(mp3Roundtrip(tone, 15000), /Expected an MP3 sampling rate .* got 15000/);
  await assert.rejects(mp3Roundtrip(tone, SR, { kbps: 100 }), /Expected a bitrate MP3 allows at 16000 Hz \(8, 16, .* 160 kbit\/s\), got 100/);
  await assert.rejects(mp3Roundtrip(tone, 44100, { kbps: 8 }), /at 44100 Hz \(32, .*\), got 8/);
});
