/** Options of {@link contextScore}. */
export interface ContextScoreOptions {
  /** Characters looked at before the match (default 48). */
  window?: number;
  /** Characters looked at after the match (default 16). */
  after?: number;
  /** Added when a context word is near (default 0.35). */
  boost?: number;
  /** Subtracted when a negative context word is just before (default 0.7). */
  penalty?: number;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/** True when `word` occurs in `haystack` (already lower-cased) with no letter glued to either side. */
export function hasWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(word, from);
    if (i < 0) return false;
    const before = i === 0 ? 32 : haystack.charCodeAt(i - 1);
    const after = i + word.length >= haystack.length ? 32 : haystack.charCodeAt(i + word.length);
    const glued = (isWordChar(word.charCodeAt(0)) && isWordChar(before)) ||
      (isWordChar(word.charCodeAt(word.length - 1)) && isWordChar(after));
    if (!glued) return true;
    from = i + 1;
  }
}

/**
 * contextScore for many spans of one text: `lower` is `text.toLowerCase()` (it must have
 * the same length; detectPII falls back to contextScore when it does not). Same result.
 */
export function contextScoreLowered(
  lower: string, start: number, end: number, base: number,
  context: string[] = [], negative: string[] = [], options: ContextScoreOptions = {},
): number {
  const { window = 48, after = 16, boost = 0.35, penalty = 0.7 } = options;
  let score = base;
  if (context.length > 0) {
    const near = lower.slice(Math.max(0, start - window), start) + " " + lower.slice(end, end + after);
    if (context.some((w) => hasWord(near, w))) score += boost;
  }
  if (negative.length > 0) {
    const before = lower.slice(Math.max(0, start - Math.min(window, 16)), start);
    if (negative.some((w) => hasWord(before, w))) score -= penalty;
  }
  return Math.max(0, Math.min(1, score));
}

/**
 * Moves a base score by context words: `context` words before or just after the
 * span raise it, `negative` words just before lower it. The result stays in [0, 1].
 * Words are matched whole and case-insensitively ("tel" does not match "hotel").
 *
 * @example
 * contextScore("Phone: 555 0100", 7, 15, 0.4, ["phone"], []); // 0.75
 */
export function contextScore(
  text: string, start: number, end: number, base: number,
  context: string[] = [], negative: string[] = [], options: ContextScoreOptions = {},
): number {
  const { window = 48, after = 16, boost = 0.35, penalty = 0.7 } = options;
  let score = base;
  if (context.length > 0) {
    const near = (text.slice(Math.max(0, start - window), start) + " " +
      text.slice(end, end + after)).toLowerCase();
    if (context.some((w) => hasWord(near, w))) score += boost;
  }
  if (negative.length > 0) {
    const before = text.slice(Math.max(0, start - Math.min(window, 16)), start).toLowerCase();
    if (negative.some((w) => hasWord(before, w))) score -= penalty;
  }
  return Math.max(0, Math.min(1, score));
}
