import { InputError } from "../errors/workshop-error";
import type { PIIMatch, PIIRecognizer } from "./pii-types";
import { defaultRecognizers } from "./default-recognizers";
import { contextScore, contextScoreLowered, type ContextScoreOptions } from "./context-score";
import { resolveOverlaps } from "./resolve-overlaps";
import { runRecognizer } from "./run-recognizer";

/** Options of {@link detectPII}. */
export interface DetectPIIOptions {
  /**
   * Only report these types (default: every type of the recognisers except those marked
   * `offByDefault`, i.e. TIMESTAMP). Name "TIMESTAMP" here to have timestamps reported.
   */
  types?: string[];
  /** Drop matches scoring below this after context (default 0.5). */
  threshold?: number;
  /** Replace the built-in recognisers (default `defaultRecognizers()`). */
  recognizers?: PIIRecognizer[];
  /** Custom recognisers added to `recognizers` (default none). */
  extraRecognizers?: PIIRecognizer[];
  /** Let context words raise or lower scores (default true). */
  useContext?: boolean;
  /** Window and weights of context words (defaults: see `contextScore`). */
  context?: ContextScoreOptions;
  /** Keep only non-overlapping matches, best first (default true). */
  resolve?: boolean;
}

let builtIn: PIIRecognizer[] | null = null;
let defaultWanted: Set<string> | null = null;

/**
 * Finds personal data in a text: validated patterns (Luhn, IBAN mod-97, Bitcoin
 * checksums, SSN ranges), context words and overlap resolution. Timestamps (a date
 * joined to a time of day) are found but reported only when `types` names "TIMESTAMP". Every pattern runs
 * in linear time. Matches come back sorted by `start`.
 *
 * @example
 * detectPII("Mail jane@example.org or call (415) 555-0142.");
 * // [{type: "EMAIL", start: 5, end: 21, ...}, {type: "PHONE", start: 30, end: 44, ...}]
 */
export function detectPII(text: string, options: DetectPIIOptions = {}): PIIMatch[] {
  if (typeof text !== "string") {
    throw new InputError(`detectPII expects a string, got ${text === null ? "null" : typeof text}.`,
      "Pass the text itself, e.g. an e-mail body or a line of a file.");
  }
  const { types, threshold = 0.5, extraRecognizers = [], useContext = true, resolve = true } = options;
  const recognizers = (options.recognizers ?? (builtIn ??= defaultRecognizers())).concat(extraRecognizers);
  const wanted = types || options.recognizers || extraRecognizers.length ? new Set(types ?? recognizers.filter((r) => !r.offByDefault).map((r) => r.type))
    : (defaultWanted ??= new Set(recognizers.filter((r) => !r.offByDefault).map((r) => r.type)));
  const found: PIIMatch[] = [];
  // Lower-cased once for every context look-up (unless lower-casing changes the length, e.g. "İ").
  let lower: string | undefined;
  if (useContext) { lower = text.toLowerCase(); if (lower.length !== text.length) lower = undefined; }
  for (const r of recognizers) {
    // Off-by-default recognisers run anyway: what lies inside their matches gives way to them.
    if (!wanted.has(r.type) && !r.offByDefault) continue;
    for (const c of runRecognizer(r, text)) {
      const score = !useContext ? c.score : lower !== undefined
        ? contextScoreLowered(lower, c.start, c.end, c.score, r.context, r.negativeContext, options.context)
        : contextScore(text, c.start, c.end, c.score, r.context, r.negativeContext, options.context);
      if (score < threshold) continue;
      found.push({ type: r.type, start: c.start, end: c.end, text: text.slice(c.start, c.end), score, recognizer: r.name });
    }
  }
  const kept = resolve ? resolveOverlaps(found) : found.sort((a, b) => a.start - b.start);
  return kept.filter((m) => wanted.has(m.type));
}
