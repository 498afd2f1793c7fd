import { test } from "node:test";
import assert from "node:assert/strict";
import { detectPII } from "../../lib/pii/detect-pii";
import { defaultRecognizers } from "../../lib/pii/default-recognizers";
import { naiveRecognizers } from "../../lib/pii/naive-pii";
import { NAME_TOKEN } from "../../lib/pii/person-cues";
import { nearMissInputs } from "../../lib/pii/near-miss-inputs";

/** Quantifiers outside character classes that have no upper bound: `+`, `*`, `{n,}`. */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") { i++; continue; }
    if (inClass) { if (c === "]") inClass = false; continue; }
    if (c === "[") inClass = true;
    else if (c === "+" || c === "*") found.push(`${c} at ${i}`);
    else if (c === "{") {
      const m = /^\{\d+,\}/.exec(source.slice(i));
      if (m) found.push(`${m[0]} at ${i}`);
    }
  }
  return found;
}

test("every recogniser pattern uses bounded quantifiers only", () => {
  const patterns = [...defaultRecognizers(), ...naiveRecognizers()].filter((r) => r.pattern)
    .map((r) => [r.name, r.pattern!.source] as const).concat([["person-token", NAME_TOKEN.source]]);
  assert.ok(patterns.length >= 30);
  for (const [name, source] of patterns) assert.deepEqual(unboundedQuantifiers(source), [], name);
  assert.deepEqual(unboundedQuantifiers("a+[+*]b{2,}"), ["+ at 1", "{2,} at 7"]); // the checker itself works
});

const N = 50_000;

test("50,000-character near-misses produce no matches", { timeout: 60_000 }, () => {
  const inputs = nearMissInputs(N);
  assert.equal(inputs.length, 30);
  for (const [label, text] of inputs) {
    assert.equal(text.length, N);
    assert.deepEqual(detectPII(text).map((m) => `${m.type}:${m.text.slice(0, 20)}`), [], label);
  }
});

test("50,000 characters of real matches are all found", { timeout: 60_000 }, () => {
  assert.equal(detectPII("a@b.co ".repeat(7000)).length, 7000);
  // 6,250 known first names in a row: groups of three ("Abigail Abigail Abigail") are each one name,
  // and the one left over at the end is the first name of a name already found.
  assert.equal(detectPII("Abigail ".repeat(6250)).filter((m) => m.type === "PERSON").length, 2084);
  assert.equal(detectPII("10.0.0.1 ".repeat(5556)).length, 5556);
});

test("on every near-miss family, 1 MB takes about 4x the time of 250 KB (linear, not quadratic)", { timeout: 180_000 }, () => {
  // A ratio measured in one run, not a timed limit: linear time gives ~4, quadratic ~16.
  const cpu = (text: string) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const before = process.cpuUsage();
      detectPII(text);
      const used = process.cpuUsage(before);
      min = Math.min(min, (used.user + used.system) / 1e6);
    }
    return min;
  };
  const small = new Map(nearMissInputs(250_000));
  const rows: string[] = [];
  for (const [label, text] of nearMissInputs(1_000_000)) {
    const tSmall = Math.max(cpu(small.get(label)!), 0.002); // below 2 ms the clock is too coarse for a ratio
    const ratio = cpu(text) / tSmall;
    rows.push(`${label.padEnd(42)} ${ratio.toFixed(1)}`);
    assert.ok(ratio < 8, `${label}: 1 MB took ${ratio.toFixed(1)}x the time of 250 KB`);
  }
  console.log(`time(1 MB) / time(250 KB) per near-miss family:\n  ${rows.join("\n  ")}`);
});
