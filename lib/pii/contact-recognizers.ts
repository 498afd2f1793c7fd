import type { PIIRecognizer } from "./pii-types";

const PHONE_WORDS = ["phone", "tel", "telephone", "call", "mobile", "cell", "fax", "ph", "contact",
  "reach", "text", "whatsapp", "line", "direct", "office", "home", "work", "telefon", "tél", "téléphone", "portable", "handy", "number", "dial"];
const NOT_PHONE = ["order", "invoice", "ref", "reference", "isbn", "serial", "tracking", "ticket",
  "version", "build", "account", "acct", "sku", "part", "timestamp", "epoch", "case"];
const EXT = "(?: ?(?:x|ext\\.?|extension|#) ?\\d{1,6})?";

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/**
 * Scores a national number starting with 0: 9-13 digits; not a ZIP+4 (5-4); a last
 * group of 2 digits only in the French all-pairs style; bare digit runs score lower.
 */
function nationalPhoneScore(s: string): boolean | number {
  const n = digitCount(s);
  if (n < 9 || n > 13 || /^(?:\d{5}-\d{4}|\d{3}-\d{2}-\d{4})$/.test(s)) return false;
  const groups = s.split(/[-. \/()]/).filter((g) => g !== "");
  if (groups.length > 2 && groups[groups.length - 1].length === 2 && groups.slice(1).some((g) => g.length !== 2)) return false;
  if (groups.length > 1) return true;
  return n >= 10 && n <= 11 && s[1] !== "0" ? 0.5 : 0.3; // a bare digit run: trunk-0 and 10-11 digits
}


/** Recognisers for phone numbers (dates and times: see date-recognizers.ts). */
export const contactRecognizers: PIIRecognizer[] = [
  {
    name: "phone-nanp", type: "PHONE", score: 0.6,
    pattern: new RegExp(`(?<![\\w+.-]|\\d[ -])(?:\\+?1[-. ])?(?:\\([2-9]\\d{2}\\) ?|[2-9]\\d{2}[-. ])[2-9]\\d{2}[-. ]\\d{4}${EXT}(?![\\w-]|\\.\\d)`, "g"),
    context: PHONE_WORDS, negativeContext: NOT_PHONE,
  },
  {
    name: "phone-nanp-bare", type: "PHONE", score: 0.3,
    pattern: /(?<![\w+.-])[2-9]\d{2}[2-9]\d{6}(?![\w-]|\.\d)/g,
    context: PHONE_WORDS, negativeContext: NOT_PHONE,
  },
  {
    name: "phone-international", type: "PHONE", score: 0.6,
    pattern: new RegExp(`(?<![\\w+])\\+\\d{1,3}(?:[-. ]?\\(\\d{1,5}\\))?[-. ]?\\d{1,14}(?:[-. ]\\d{1,12}){0,5}${EXT}(?![\\w-]|\\.\\d)`, "g"),
    validate: (s) => digitCount(s.replace(/(?:x|ext\.?|extension|#) ?\d{1,6}$/, "")) >= 8 &&
      digitCount(s) <= 21,
    context: PHONE_WORDS, negativeContext: NOT_PHONE,
  },
  {
    name: "phone-national", type: "PHONE", score: 0.55,
    pattern: /(?<![\w+.\/-]|\d[ -])(?:\(0\d{1,5}\) ?|0\d{1,5}[-. \/]?)\d{2,10}(?:[-. ]\d{2,8}){0,3}(?![\w-]|\.\d)/g,
    validate: nationalPhoneScore,
    context: PHONE_WORDS, negativeContext: NOT_PHONE,
  },
];
