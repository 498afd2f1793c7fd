import assert from "node:assert/strict";
import { test } from "node:test";
import { emailBody, loadTextCorpora } from "../../lib/skew/load-text-corpora";
import { skewText } from "../../lib/skew/skew-text";
import { textFeatures } from "../../lib/skew/text-features";

test("text features count slang, formal markers, contractions and case per 100 words", () => {
  const [chat, speech] = textFeatures(["hey guys, i'm gonna be late lol", "The nation shall endure. Therefore we act."]);
  assert.equal(chat.words, 7);
  assert.ok(Math.abs(chat.slang - 400 / 7) < 1e-9, `slang ${chat.slang}`); // hey, guys, gonna, lol
  assert.ok(Math.abs(chat.contractions - 100 / 7) < 1e-9);
  assert.equal(chat.sentenceCase, 0);
  assert.equal(speech.sentenceCase, 1);
  assert.ok(Math.abs(speech.formal - 300 / 7) < 1e-9); // nation, shall, therefore
});

test("skewText lower-cases, strips punctuation and swaps in slang, seeded by strength", () => {
  assert.equal(skewText("You are going to like it. Thanks, it is great!", "slang"), "u r gonna like it. thx, it's great!");
  assert.equal(skewText("Hello, World!", "strip-punctuation"), "Hello World");
  assert.equal(skewText("Hello World", "lowercase"), "hello world");
  assert.equal(skewText("Hello World", "lowercase", { strength: 0 }), "Hello World");
  assert.throws(() => skewText("x", "slang", { strength: 2 }), /strength from 0 to 1, got 2/);
});

test("an e-mail body drops headers, quoted lines and the signature", () => {
  assert.equal(emailBody("From: a@b\nSubject: hi\n\nSee you.\n> old text\n-- \nBob"), "See you.");
});

test("speeches and e-mails differ most in punctuation and case, not in word length", () => {
  const { speeches, emails } = loadTextCorpora({ count: 60 });
  assert.deepEqual([speeches.length, emails.length], [60, 60]);
  const mean = (rows: ReturnType<typeof textFeatures>, k: "punctuation" | "meanWordLength") => rows.reduce((s, r) => s + r[k], 0) / rows.length;
  const a = textFeatures(speeches), b = textFeatures(emails);
  assert.ok(mean(b, "punctuation") > 2 * mean(a, "punctuation"));
  assert.ok(Math.abs(mean(b, "meanWordLength") - mean(a, "meanWordLength")) < 0.5);
});

test("skewText 'british' turns American spelling and vocabulary British, keeping capitals; textFeatures counts both", () => {
  assert.equal(skewText("The Color of the truck at the Center. We organized a vacation.", "british"), "The Colour of the lorry at the Centre. We organised a holiday.");
  assert.equal(skewText("Park in the parking lot downtown.", "british"), "Park in the car park city centre.");
  assert.equal(skewText("A colorful size prize.", "british"), "A colorful size prize.", "only listed words change: no blind -ize rule");
  assert.equal(skewText("color color color color", "british", { strength: 0 }), "color color color color");
  const [us, gb] = textFeatures(["We analyze the color of the truck.", "We analyse the colour of the lorry."]);
  assert.ok(us.american > 40 && us.british === 0, `american ${us.american}`);
  assert.ok(gb.british > 40 && gb.american === 0, `british ${gb.british}`);
});
