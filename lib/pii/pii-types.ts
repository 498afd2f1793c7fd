/** One piece of personal data found in a text: `text === input.slice(start, end)`. */
export interface PIIMatch {
  /** Entity type, e.g. "EMAIL", "CREDIT_CARD" or a custom recogniser's type. */
  type: string;
  /** Offset of the first character (UTF-16 code units, like `String.prototype.slice`). */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** The matched text. */
  text: string;
  /** Confidence in [0, 1] after validation and context words. */
  score: number;
  /** Which recogniser found it (its `name`). */
  recognizer: string;
}

/** A candidate span a recogniser proposes, before context scoring and overlap resolution. */
export interface PIICandidate {
  start: number;
  end: number;
  /** Base score in [0, 1]; context words move it. */
  score: number;
}

/**
 * A recogniser: either a regular expression (with optional validation) or a `find`
 * function. Patterns MUST have the `g` flag and bounded quantifiers only
 * (`{1,64}`, never `+` or `*`) so every scan runs in linear time.
 *
 * @example
 * const employeeId: PIIRecognizer = { name: "employee-id", type: "EMPLOYEE_ID",
 *   pattern: /\bEMP-\d{6}\b/g, score: 0.9, context: ["employee"] };
 */
export interface PIIRecognizer {
  /** Unique name, reported on each match. */
  name: string;
  /** Entity type it reports. */
  type: string;
  /** Global regex; the whole match (or capture group `group`) is the entity. */
  pattern?: RegExp;
  /** Capture group holding the entity (default 0, the whole match). */
  group?: number;
  /** Base score of a pattern match (default 0.5). */
  score?: number;
  /** Checksum or range check: `false` rejects, a number replaces the base score. */
  validate?: (text: string) => boolean | number;
  /** Cheap test run once per text; when it fails the pattern is skipped (a speed-up only). */
  prefilter?: RegExp;
  /**
   * Speed-up for costly patterns: run `pattern` only in windows around the matches of
   * `anchor.pattern` (global), from `before` characters before each anchor to `after`
   * characters after it. Every true match must contain an anchor and fit its window.
   */
  anchor?: { pattern: RegExp; before: number; after: number };
  /** Alternative to `pattern`: returns candidate spans itself (must run in linear time). */
  find?: (text: string) => PIICandidate[];
  /** Words that raise the score when they occur just before (or after) the match. */
  context?: string[];
  /** Words that lower the score when they occur just before the match. */
  negativeContext?: string[];
  /**
   * Reported only when `detectPII`'s `types` option names this type (default false). It
   * still runs, so that matches lying inside its matches give way to them (the DATE
   * inside a TIMESTAMP).
   */
  offByDefault?: boolean;
}
