import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { lab01 } from "../../lib/checks/lab01";
import { imageFeatures } from "../../lib/skew/image-features";
import { listFiles } from "../../lib/curation/list-files";

const judge = (id: string, answer: unknown) => lab01.checks[id].judge(answer);

test("check 1.1 passes the skew that hurts the digits most and names the mistake of the others", () => {
  assert.equal(judge("1.1", "crop").passed, true);
  for (const wrong of ["cast", "dark", "haze"]) {
    const v = judge("1.1", wrong);
    assert.equal(v.passed, false);
    assert.doesNotMatch(v.message, /sort by accuracy|lowest first/, "hints name the mistake, not the recipe");
  }
  assert.match(judge("1.1", "cast").message, /direction of your sort/);
  assert.match(judge("1.1", 3).message, /Answer with one of these names/);
});

test("check 1.2 asks for the second device's top feature and its KS, and rejects the first device's", () => {
  const truth = JSON.parse(readFileSync("data/skew/truth.json", "utf8"));
  assert.equal(truth.b.skew, "dark");
  assert.equal(judge("1.2", { feature: "brightness", ks: 0.567 }).passed, true);
  assert.match(judge("1.2", { feature: "sharpness", ks: 1 }).message, /first deploy set/);
  assert.match(judge("1.2", "brightness").message, /\{ feature, ks \}/);
  assert.match(judge("1.2", { feature: "blur", ks: 0.5 }).message, /not a feature of this report/);
});

test("check 1.3 passes the hidden skew from truth.json and fails the look-alikes", () => {
  const truth = JSON.parse(readFileSync("data/skew/truth.json", "utf8"));
  assert.equal(judge("1.3", truth.skew).passed, true);
  for (const wrong of ["jpeg", "haze", "fisheye"]) assert.equal(judge("1.3", wrong).passed, false);
});

test("check 1.4 asks about the speeches from 1900 on and rejects the 1990 report's top row", () => {
  const v = judge("1.4", { feature: "punctuation", ks: 0.62 });
  assert.equal(v.passed, false);
  assert.match(v.message, /1990 speeches/);
  assert.equal(judge("1.4", { feature: "punctuation", ks: 0.773 }).passed, true);
});

test("prepare reads everything the judges need once, so judging reads no files", () => {
  lab01.prepare!();
  const started = performance.now();
  for (const id of ["1.1", "1.2", "1.3", "1.4"]) judge(id, "x");
  assert.ok(performance.now() - started < 200, "judging after prepare is instant");
});

test("the planted features.json matches the tiles in data/skew", async () => {
  const stored = JSON.parse(readFileSync("data/skew/features.json", "utf8"));
  for (const [set, key] of [["deploy", "deploy"], ["deploy-b", "deployB"]]) {
    const live = await imageFeatures(listFiles(`data/skew/${set}`).slice(0, 5));
    for (const [i, row] of live.entries()) {
      assert.equal(row.image, stored[key][i].image);
      assert.ok(Math.abs(row.sharpness! - stored[key][i].sharpness) < 1e-6);
      assert.ok(Math.abs(row.brightness! - stored[key][i].brightness) < 1e-6);
    }
  }
});
