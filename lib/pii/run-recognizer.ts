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
  const re = r.pattern;
  if (!r.anchor) {
    // The whole text, no windows (most recognisers): plain loop, nothing allocated per call.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === "") { re.lastIndex++; continue; }
      const c = candidate(r, m, m.index);
      if (c) out.push(c);
    }
    re.lastIndex = 0;
    return out;
  }
  for (const [from, to] of anchorWindows(text, r.anchor)) {
    // A few characters of margin let lookbehinds and lookaheads see past the window.
    const lo = Math.max(0, from - MARGIN);
    const piece = from === 0 && to === text.length ? text : text.slice(lo, to + MARGIN);
    const offset = piece === text ? 0 : lo;
    re.lastIndex = from - offset;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      if (m[0] === "") { re.lastIndex++; continue; }
      const at = offset + m.index;
      if (at + m[0].length > to) break;
      const c = candidate(r, m, at);
      if (c) out.push(c);
    }
  }
  re.lastIndex = 0;
  return out;
}

const MARGIN = 4;

/** Merged windows [from, to) around the anchors' matches. */
function anchorWindows(text: string, anchor: { pattern: RegExp; before: number; after: number }): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(anchor.pattern)) {
    const from = Math.max(0, (m.index ?? 0) - anchor.before), to = Math.min(text.length, (m.index ?? 0) + anchor.after);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function candidate(r: PIIRecognizer, m: RegExpMatchArray, at: number): PIICandidate | null {
  const base = r.score ?? 0.5;
  const group = r.group ?? 0;
  {
    const value = m[group];
    if (value === undefined || value.length === 0) return null;
    const start = at + (group === 0 ? 0 : m[0].indexOf(value));
    let score = base;
    if (r.validate) {
      const verdict = r.validate(value);
      if (verdict === false) return null;
      if (typeof verdict === "number") score = verdict;
    }
    return { start, end: start + value.length, score };
  }
}
