import { test } from "node:test";
import assert from "node:assert/strict";
import { detectPII } from "../../lib/pii/detect-pii";
import { defaultRecognizers } from "../../lib/pii/default-recognizers";
import { naiveRecognizers } from "../../lib/pii/naive-pii";
import { NAME_TOKEN } from "../../lib/pii/person-cues";

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

/** 50,000-character near-misses: each almost matches some recogniser at every position. */
const N = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const NEAR_MISSES: [string, string][] = [
  ["digits", fill("1")], ["letters", fill("a")], ["capitalised words", fill("Aaaa ")],
  ["local parts without a domain", fill("a.b+").slice(1) + "@"], ["@ without a top-level domain", fill("a@b.c ")],
  ["schemes with no body", fill("http:// ")], ["dotted quads that never end", fill("1.")],
  ["colon runs", fill("1:")], ["MAC-like runs", fill("aa:")], ["card-like dash runs", fill("4111-")],
  ["IBAN-like groups", fill("GB82 ")], ["base58 runs", fill("1A")], ["SSN-like runs", fill("123-45-")],
  ["phone-like parentheses", fill("(555) ")], ["plus signs", fill("+1 ")], ["leading zeros", fill("0 1")],
  ["date-like runs", fill("1/1/")], ["ISO-like runs", fill("2002-01-")], ["time-like runs", fill("12:")],
  ["street numbers without a street type", fill("1 Aaaa ")], ["German words without a number", fill("Aweg ")],
  ["PO without a number", fill("PO Box ")], ["4-digit runs", fill("1234 ")], ["postcode halves", fill("A1 1")],
  ["apostrophes", fill("O'")], ["hyphenated capitals", fill("A-B")],
];

test("50,000-character near-misses produce no matches", { timeout: 60_000 }, () => {
  for (const [label, text] of NEAR_MISSES) {
    assert.equal(text.length, N);
    assert.deepEqual(detectPII(text).map((m) => `${m.type}:${m.text.slice(0, 20)}`), [], label);
  }
});

test("50,000 characters of real matches are all found", { timeout: 60_000 }, () => {
  assert.equal(detectPII("a@b.co ".repeat(7000)).length, 7000);
  // 6,250 known first names in a row: groups of three ("Abigail Abigail Abigail") are each one name.
  assert.equal(detectPII("Abigail ".repeat(6250)).filter((m) => m.type === "PERSON").length, 2083);
  assert.equal(detectPII("10.0.0.1 ".repeat(5556)).length, 5556);
});
