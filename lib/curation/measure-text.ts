import { compressionRatio } from "./compression-ratio";

/** Statistics of one document, the raw material of the text detectors. */
export interface TextStats {
  chars: number;
  words: number;
  /** gzip size / UTF-8 size (see compressionRatio). */
  compressionRatio: number;
  /** Shannon entropy of the character (UTF-16 code unit) distribution, bits per character. */
  charEntropy: number;
  /** Fraction of characters in lines that occur more than once (non-blank lines). */
  duplicateLineFraction: number;
  /** Fraction of words covered by word 5-grams that occur more than once. */
  duplicateNgramFraction: number;
  /** Fraction of words that are common English function words ("the", "of", ...). */
  stopwordFraction: number;
  /** Fraction of words no English word looks like: no vowel, 5+ consonants in a row, 20+ characters, or letters mixed with digits. */
  oddWordFraction: number;
  /** Fraction of non-blank lines that are short (under 120 characters) and read like web boilerplate (cookies, navigation, legal, social). */
  boilerplateLineFraction: number;
  /** Mojibake sequences ("Ã©", "â€™", U+FFFD, ...) per 1000 characters. */
  mojibakePer1000: number;
}

const STOPWORDS = new Set(("the of and to a in that is was be it for on as with by he his this are at not have from " +
  "or had but which they we an has were their been its i you all will would there our can may so if no one more " +
  "who these than them what when do any into such other also should must upon those made each only most very").split(" "));

const BOILERPLATE = new RegExp([
  "cookie", "privacy (policy|notice|settings)", "terms (of|and) (use|service|conditions)", "all rights reserved",
  "subscribe", "newsletter", "sign (in|up)", "log ?in\\b", "create an account", "javascript", "skip to (main )?content",
  "share (on|this)", "follow us", "back to top", "powered by", "\\bmenu\\b", "\\bhome\\s*[|>»/]", "copyright",
  "\\u00a9", "accept all", "read more", "click here", "contact us", "\\bfaq\\b", "sitemap", "advertisement",
].join("|"), "i");

// UTF-8 read as Windows-1252 or Latin-1 leaves "Ã" or "Â" before a Latin-1 symbol, or
// "â€" (the start of curly quotes and dashes); undecodable bytes become U+FFFD.
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€|â[\u0080-\u00bf]|ï»¿|\ufffd/g;

/**
 * Measures length, compressibility, repetition, word plausibility, boilerplate and
 * mojibake of one text. Pure and synchronous.
 *
 * @example
 * measureText("Accept all cookies\nAccept all cookies").duplicateLineFraction; // 1
 */
export function measureText(text: string): TextStats {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const lineCounts = new Map<string, number>();
  for (const l of lines) lineCounts.set(l, (lineCounts.get(l) ?? 0) + 1);
  const lineChars = lines.reduce((n, l) => n + l.length, 0);
  const dupLineChars = lines.reduce((n, l) => n + ((lineCounts.get(l) ?? 0) > 1 ? l.length : 0), 0);
  const grams = new Map<string, number>();
  const N = 5;
  const gramList: string[] = [];
  for (let i = 0; i + N <= words.length; i++) {
    const g = words[i] + " " + words[i + 1] + " " + words[i + 2] + " " + words[i + 3] + " " + words[i + 4];
    gramList.push(g);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  const covered = new Uint8Array(words.length);
  gramList.forEach((g, i) => {
    if ((grams.get(g) ?? 0) > 1) covered.fill(1, i, i + N);
  });
  // Plain numbers ("1829", "12") are fine; words with letters are judged.
  const wordLike = words.filter((w) => /\p{L}/u.test(w));
  const odd = wordLike.filter((w) =>
    /\d/.test(w) || !/[aeiouyàáâäèéêëìíîïòóôöùúûü]/.test(w) || /[^aeiouyàáâäèéêëìíîïòóôöùúûü']{5,}/.test(w) || w.length >= 20);
  const low = new Uint32Array(256);
  const high = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 256) low[c]++;
    else high.set(c, (high.get(c) ?? 0) + 1);
  }
  const n = text.length;
  let entropy = 0;
  for (const c of [...low, ...high.values()]) if (c > 0) entropy -= (c / n) * Math.log2(c / n);
  return {
    chars: n,
    words: words.length,
    compressionRatio: compressionRatio(text),
    charEntropy: entropy,
    duplicateLineFraction: lineChars ? dupLineChars / lineChars : 0,
    duplicateNgramFraction: words.length ? covered.reduce((a, b) => a + b, 0) / words.length : 0,
    stopwordFraction: words.length ? words.filter((w) => STOPWORDS.has(w)).length / words.length : 0,
    oddWordFraction: wordLike.length ? odd.length / wordLike.length : 0,
    boilerplateLineFraction: lines.length ? lines.filter((l) => l.length < 120 && BOILERPLATE.test(l)).length / lines.length : 0,
    mojibakePer1000: n ? ((text.match(MOJIBAKE) ?? []).length * 1000) / n : 0,
  };
}
