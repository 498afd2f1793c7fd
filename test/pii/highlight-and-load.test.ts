import { test } from "node:test";
import assert from "node:assert/strict";
import { highlightPII } from "../../lib/pii/highlight-pii";
import { detectPII } from "../../lib/pii/detect-pii";
import { loadSpamEmails } from "../../lib/pii/load-spam-emails";

test("highlighting marks each match and escapes the rest of the text", () => {
  const text = "<b>Mail</b> jane@example.org & more";
  const out = highlightPII(text, detectPII(text));
  assert.match(out, /&lt;b&gt;Mail&lt;\/b&gt; <mark [^>]*title="EMAIL [01]\.\d\d">jane@example\.org<sup[^>]*>EMAIL<\/sup><\/mark> &amp; more/);
  assert.match(highlightPII("x".repeat(50), [], { maxChars: 10 }), /x{10}…<\/pre>$/);
});

test("SpamAssassin e-mails load a few at a time, from the chosen groups", () => {
  const mails = loadSpamEmails({ groups: ["easy-ham-1", "spam-2"], limit: 5 });
  assert.deepEqual(mails.map((m) => m.group), [...Array(5).fill("easy-ham-1"), ...Array(5).fill("spam-2")]);
  assert.ok(mails.every((m) => m.text.length > 100));
  assert.throws(() => loadSpamEmails({ groups: ["ham"] }), /Unknown SpamAssassin group 'ham'.*easy-ham-1/);
});
