import { InputError } from "../errors/workshop-error";
import type { PIICandidate, PIIRecognizer } from "./pii-types";

/**
 * Runs one recogniser over a text and returns its validated candidates with base
 * scores (no context, no overlap resolution).
 *
 * @example
 * runRecognizer({ name: "pin", type: "PIN", pattern: /\bPIN \d{4}\b/g, score: 0.8 }, "PIN 1234");
 * // [{start: 0, end: 8, score: 0.8}]
 */
export function runRecognizer(r: PIIRecognizer, text: string): PIICandidate[] {
  if (r.find) return r.find(text);
  if (!r.pattern || !r.pattern.global) {
    throw new InputError(`Recogniser '${r.name}' needs a regex with the g flag or a find function, got ${String(r.pattern)}.`,
      "Add the g flag (e.g. /\\bEMP-\\d{6}\\b/g) or give the recogniser a find(text) function.");
  }
  const out: PIICandidate[] = [];
  if (r.prefilter && !r.prefilter.test(text)) return out;
  const base = r.score ?? 0.5;
  const group = r.group ?? 0;
  for (const m of text.matchAll(r.pattern)) {
    const value = m[group];
    if (value === undefined || value.length === 0) continue;
    const start = (m.index ?? 0) + (group === 0 ? 0 : m[0].indexOf(value));
    let score = base;
    if (r.validate) {
      const verdict = r.validate(value);
      if (verdict === false) continue;
      if (typeof verdict === "number") score = verdict;
    }
    out.push({ start, end: start + value.length, score });
  }
  return out;
}
