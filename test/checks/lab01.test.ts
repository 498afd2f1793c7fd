import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { lab01 } from "../../lib/checks/lab01";
import { imageFeatures } from "../../lib/skew/image-features";
import { listFiles } from "../../lib/curation/list-files";

const judge = (id: string, answer: unknown) => lab01.checks[id].judge(answer);

test("check 1.1 passes the skew that hurts the digits most and fails milder ones with a hint", () => {
  assert.equal(judge("1.1", "crop").passed, true);
  for (const wrong of ["cast", "dark", "haze"]) {
    const v = judge("1.1", wrong);
    assert.equal(v.passed, false);
    assert.match(v.message, /not first.*sort by accuracy/);
  }
  assert.match(judge("1.1", 3).message, /Answer with one of these names/);
});

test("check 1.2 passes the planted set's top feature and fails the others", () => {
  assert.equal(judge("1.2", "sharpness").passed, true);
  for (const wrong of ["megapixels", "contrast", "brightness"]) assert.equal(judge("1.2", wrong).passed, false);
  assert.match(judge("1.2", "blur").message, /one of these names/);
});

test("check 1.3 passes the hidden skew from truth.json and fails the look-alikes", () => {
  const truth = JSON.parse(readFileSync("data/skew/truth.json", "utf8"));
  assert.equal(judge("1.3", truth.skew).passed, true);
  for (const wrong of ["jpeg", "haze", "fisheye"]) assert.equal(judge("1.3", wrong).passed, false);
});

test("check 1.4 passes the top text feature and fails others", () => {
  assert.equal(judge("1.4", "punctuation").passed, true);
  for (const wrong of ["slang", "formal", "words"]) assert.equal(judge("1.4", wrong).passed, false);
});

test("the planted features.json matches the tiles in data/skew", async () => {
  const stored = JSON.parse(readFileSync("data/skew/features.json", "utf8"));
  const live = await imageFeatures(listFiles("data/skew/deploy").slice(0, 5));
  for (const [i, row] of live.entries()) {
    assert.equal(row.image, stored.deploy[i].image);
    assert.ok(Math.abs(row.sharpness! - stored.deploy[i].sharpness) < 1e-6);
  }
});
