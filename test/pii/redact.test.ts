import { test } from "node:test";
import assert from "node:assert/strict";
import { redact } from "../../lib/pii/redact";
import { detectPII } from "../../lib/pii/detect-pii";
import { pseudonymFor } from "../../lib/pii/pseudonym-for";
import { mapBack, replaceSpans } from "../../lib/pii/replace-spans";
import { loadPIICorpus } from "../../lib/pii/load-pii-corpus";
import { luhnValid } from "../../lib/pii/luhn-valid";

const TEXT = "Mail jane@example.org or call (415) 555-0142.";

test("tag, mask and hash modes replace each match and list the changes", () => {
  assert.equal(redact(TEXT).text, "Mail [EMAIL] or call [PHONE].");
  assert.equal(redact(TEXT, { mode: "mask" }).text, "Mail ****@*******.*** or call (***) ***-****.");
  const hashed = redact(TEXT, { mode: "hash", salt: "s1" });
  assert.match(hashed.text, /^Mail <EMAIL:[0-9a-f]{12}> or call <PHONE:[0-9a-f]{12}>\.$/);
  assert.notEqual(redact(TEXT, { mode: "hash", salt: "s2" }).text, hashed.text, "the salt changes the hashes");
  assert.deepEqual(redact(TEXT).changes.map((c) => [c.type, c.start, c.end, c.original]),
    [["EMAIL", 5, 21, "jane@example.org"], ["PHONE", 30, 44, "(415) 555-0142"]]);
});

test("pseudonyms are consistent across documents and change with the seed", () => {
  const a = redact("From jane@example.org", { mode: "pseudonym" }).text;
  const b = redact("Cc: JANE@example.org", { mode: "pseudonym" }).text;
  assert.equal(a.slice(5), b.slice(4), "same value, same pseudonym (case-insensitive)");
  assert.notEqual(pseudonymFor("EMAIL", "jane@example.org", 1), pseudonymFor("EMAIL", "jane@example.org", 0));
  assert.ok(luhnValid(pseudonymFor("CREDIT_CARD", "4111 1111 1111 1111")), "card pseudonyms are test-range, Luhn-valid");
  assert.match(pseudonymFor("US_SSN", "536-22-8726"), /^9\d\d-\d\d-\d{4}$/);
  assert.match(pseudonymFor("PERSON", "Abigail Smith"), /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
});

test("an unknown mode is refused with the list of modes", () => {
  assert.throws(() => redact(TEXT, { mode: "blur" as never }), /Unknown redaction mode 'blur'.*tag, mask, pseudonym, hash/);
});

test("offsets in the redacted text map back to the original", () => {
  const r = replaceSpans("ab cd ef", [{ type: "X", start: 3, end: 5 }], () => "[LONG]");
  assert.equal(r.text, "ab [LONG] ef");
  assert.deepEqual(mapBack(r.changes, 0, 2), { start: 0, end: 2 });
  assert.deepEqual(mapBack(r.changes, 10, 12), { start: 6, end: 8 });
  assert.deepEqual(mapBack(r.changes, 4, 12), { start: 3, end: 8 }, "a span touching the tag covers its original");
});

test("after redaction nothing detectable is left in the corpus", () => {
  const docs = loadPIICorpus().slice(0, 120);
  for (const mode of ["tag", "mask", "hash"] as const) {
    const left = docs.flatMap((d) => detectPII(redact(d.text, { mode }).text).map((m) => `${d.id} ${m.type}:${m.text}`));
    assert.deepEqual(left, [], mode);
  }
  const kept = docs.flatMap((d) => {
    const { changes } = redact(d.text, { mode: "pseudonym" });
    return d.spans.filter((s) => s.type !== "TIMESTAMP").filter((s) => !changes.some((c) => c.start <= s.start && s.end <= c.end)).map((s) => `${d.id} ${s.text}`);
  });
  assert.deepEqual(kept, [], "every labelled value of a type reported by default is inside a replaced span (TIMESTAMP is off by default)");
});
