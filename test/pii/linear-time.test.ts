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
  assert.equal(inputs.length, 26);
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
