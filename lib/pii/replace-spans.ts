import type { PIIMatch } from "./pii-types";

/** One replacement; offsets refer to the original text. */
export interface RedactChange { type: string; start: number; end: number; original: string; replacement: string }

/**
 * Replaces spans of a text (sorted or not; a span overlapping an earlier one is
 * skipped) and returns the new text with the list of changes.
 *
 * @example
 * replaceSpans("call 555-0100", [{ type: "PHONE", start: 5, end: 13 }], (m) => `[${m.type}]`).text;
 * // "call [PHONE]"
 */
export function replaceSpans(
  text: string, spans: Pick<PIIMatch, "type" | "start" | "end">[],
  replace: (span: Pick<PIIMatch, "type" | "start" | "end">, original: string) => string,
): { text: string; changes: RedactChange[] } {
  const changes: RedactChange[] = [];
  let out = "";
  let at = 0;
  for (const m of spans.slice().sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    const original = text.slice(m.start, m.end);
    const replacement = replace(m, original);
    out += text.slice(at, m.start) + replacement;
    changes.push({ type: m.type, start: m.start, end: m.end, original, replacement });
    at = m.end;
  }
  return { text: out + text.slice(at), changes };
}

/**
 * Maps a span of `replaceSpans`' output back to the original text; a span touching
 * a replacement grows to cover that replacement's whole original.
 *
 * @example
 * const r = replaceSpans("a b", [{ type: "X", start: 0, end: 1 }], () => "[X]");
 * mapBack(r.changes, 0, 5); // { start: 0, end: 3 }
 */
export function mapBack(changes: RedactChange[], start: number, end: number): { start: number; end: number } {
  let delta = 0; // output offset minus original offset, before the current change
  let s = start, e = end, sDone = false;
  for (const c of changes) {
    const oStart = c.start + delta, oEnd = oStart + c.replacement.length;
    if (!sDone && start < oStart) { s = start - delta; sDone = true; }
    if (!sDone && start < oEnd) { s = c.start; sDone = true; }
    if (end <= oStart) return { start: s, end: end - delta };
    if (end <= oEnd) return { start: s, end: c.end };
    delta = oEnd - c.end;
  }
  return { start: sDone ? s : start - delta, end: e - delta };
}
