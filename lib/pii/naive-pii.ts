import type { PIIMatch, PIIRecognizer } from "./pii-types";

// The piiregex approach, written here from its description: 14 plain regexes, US/UK only,
// no checksums, no context. Quantifiers are bounded so the comparison benchmark stays linear.
const NAIVE_PATTERNS: [string, string, RegExp][] = [
  ["dates", "DATE", /\b(?:\d{1,2}[\/-]\d{1,2}[\/-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b/gi],
  ["times", "TIME", /\b\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]m)?\b/gi],
  ["phones", "PHONE", /(?:\+?1[-. ]?)?\(?\b\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}\b/g],
  ["phones_with_exts", "PHONE", /(?:\+?1[-. ]?)?\(?\b\d{3}\)?[-. ]?\d{3}[-. ]?\d{4} ?(?:ext|x|extension)\.? ?\d{1,6}\b/gi],
  ["emails", "EMAIL", /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g],
  ["ipv4", "IP", /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g],
  ["ipv6", "IP", /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b/gi],
  ["credit_cards", "CREDIT_CARD", /\b(?:(?:\d{4}[- ]?){3}\d{4}|\d{15,16})\b/g],
  ["btc_addresses", "BTC_ADDRESS", /\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b/g],
  ["street_addresses", "STREET_ADDRESS", /\b\d{1,4} [\w ]{1,20}\b(?:street|st|avenue|ave|road|rd|highway|hwy|square|sq|trail|trl|drive|dr|court|ct|parkway|pkwy|circle|cir|boulevard|blvd)\b/gi],
  ["zip_codes", "ZIP_CODE", /\b\d{5}(?:-\d{4})?\b/g],
  ["po_boxes", "PO_BOX", /\bP\.? ?O\.? box \d{1,10}\b/gi],
  ["uk_postcodes", "UK_POSTCODE", /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/gi],
  ["uk_phones", "PHONE", /(?:\+44 ?|\b0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/g],
];

/** The 14 naive patterns as recognisers (fresh copies), e.g. to benchmark them one by one. */
export function naiveRecognizers(): PIIRecognizer[] {
  return NAIVE_PATTERNS.map(([name, type, re]) => ({ name: `naive-${name}`, type, pattern: new RegExp(re.source, re.flags), score: 1 }));
}

/**
 * A naive baseline in the style of piiregex: every pattern match is reported with
 * score 1 (no validation, no context). Same-type overlaps keep the longest match;
 * different types may overlap (a 5-digit run inside a "card" is also a "ZIP").
 *
 * @example
 * naivePII("Order 1234 5678 9012 3456"); // a CREDIT_CARD (no Luhn check) and ZIP-free
 */
export function naivePII(text: string): PIIMatch[] {
  const all: PIIMatch[] = [];
  for (const [name, type, re] of NAIVE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      all.push({ type, start, end: start + m[0].length, text: m[0], score: 1, recognizer: `naive-${name}` });
    }
  }
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const lastEnd = new Map<string, number>();
  return all.filter((m) => {
    if ((lastEnd.get(m.type) ?? -1) > m.start) return false;
    lastEnd.set(m.type, m.end);
    return true;
  });
}
