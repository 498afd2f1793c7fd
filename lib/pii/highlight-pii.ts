import { escapeHtml } from "../display/escape-html";
import type { PIIMatch } from "./pii-types";

/** Colour per type; other types get `#ddd`. */
export const PII_COLORS: Record<string, string> = {
  PERSON: "#ffd166", EMAIL: "#8ecae6", PHONE: "#90be6d", CREDIT_CARD: "#f94144", IBAN: "#f3722c",
  BTC_ADDRESS: "#f8961e", US_SSN: "#e5383b", IP: "#a8dadc", MAC: "#b5e48c", URL: "#cdb4db",
  DATE: "#e9edc9", TIME: "#fefae0", STREET_ADDRESS: "#ffafcc", PO_BOX: "#ffc8dd", ZIP_CODE: "#bde0fe",
  UK_POSTCODE: "#a2d2ff",
};

/** Options of {@link highlightPII}. */
export interface HighlightPIIOptions {
  /** Show at most this many characters of the text (default 4000); the rest is cut with "…". */
  maxChars?: number;
  /** Colour per type (default {@link PII_COLORS}). */
  colors?: Record<string, string>;
}

/**
 * HTML of a text with each match in a coloured `<mark>` (its type and score in the
 * tooltip and a small label), ready for `html(...)` in a notebook. Text is escaped.
 *
 * @example
 * html(highlightPII(text, detectPII(text)));
 */
export function highlightPII(text: string, matches: PIIMatch[], options: HighlightPIIOptions = {}): string {
  const { maxChars = 4000, colors = PII_COLORS } = options;
  const shown = text.length > maxChars ? text.slice(0, maxChars) : text;
  let out = "";
  let at = 0;
  for (const m of matches.slice().sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > shown.length) continue;
    out += escapeHtml(shown.slice(at, m.start));
    out += `<mark style="background:${colors[m.type] ?? "#ddd"};padding:0 2px;border-radius:3px" title="${m.type} ${m.score.toFixed(2)}">` +
      `${escapeHtml(shown.slice(m.start, m.end))}<sup style="font-size:0.6em;margin-left:2px">${m.type}</sup></mark>`;
    at = m.end;
  }
  out += escapeHtml(shown.slice(at)) + (shown.length < text.length ? "…" : "");
  return `<pre style="white-space:pre-wrap;font-size:12px;line-height:1.5">${out}</pre>`;
}
