/** Repeating units that almost match some PII pattern at every position. */
const UNITS: [string, string][] = [
  ["digits", "1"], ["letters", "a"], ["capitalised words", "Aaaa "],
  ["local parts without a domain", "a.b+"], ["@ without a top-level domain", "a@b.c "],
  ["schemes with no body", "http:// "], ["dotted quads that never end", "1."],
  ["colon runs", "1:"], ["MAC-like runs", "aa:"], ["card-like dash runs", "4111-"],
  ["IBAN-like groups", "GB82 "], ["base58 runs", "1A"], ["SSN-like runs", "123-45-"],
  ["phone-like parentheses", "(555) "], ["plus signs", "+1 "], ["leading zeros", "0 1"],
  ["date-like runs", "1/1/"], ["ISO-like runs", "2002-01-"], ["time-like runs", "12:"],
  ["street numbers without a street type", "1 Aaaa "], ["German words without a number", "Aweg "],
  ["PO without a number", "PO Box "], ["4-digit runs", "1234 "], ["postcode halves", "A1 1"],
  ["apostrophes", "O'"], ["hyphenated capitals", "A-B"],
  ["table rows without a name column", "a,b\n"], ["speaker labels without a turn", "Aaaa:\n"],
  ["timestamps glued to a letter", "T2024-03-05 12:"], ["postal codes without a town", "\n12345 "],
];

/**
 * Adversarial inputs of exactly `length` characters for testing that patterns run in
 * linear time: each repeats a near-match ("a@b.c ", "4111-", "1 Aaaa ") that no
 * PII recogniser should accept. The "local parts" input ends in a lone "@".
 *
 * @example
 * for (const [label, text] of nearMissInputs(1_000_000)) time(() => detectPII(text));
 */
export function nearMissInputs(length = 50_000): [string, string][] {
  return UNITS.map(([label, unit]) => {
    const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    return [label, label.startsWith("local parts") ? text.slice(1) + "@" : text];
  });
}
