import type { PIIMatch } from "./pii-types";

/**
 * Keeps a set of non-overlapping matches. A match lying wholly inside a longer one
 * gives way to it (an e-mail inside a URL goes with the URL, so redaction removes the
 * whole URL); among the rest the higher score wins, then the longer span, then the
 * earlier one. Returns them sorted by start. O(m log m + covered characters).
 *
 * @example
 * resolveOverlaps([
 *   { type: "PHONE", start: 0, end: 12, text: "...", score: 0.6, recognizer: "phone" },
 *   { type: "CREDIT_CARD", start: 0, end: 19, text: "...", score: 0.95, recognizer: "card" },
 * ]); // only the CREDIT_CARD match
 */
export function resolveOverlaps(matches: PIIMatch[]): PIIMatch[] {
  if (matches.length < 2) return matches.slice();
  const byStart = matches.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  let clash = false;
  for (let i = 1; i < byStart.length && !clash; i++) clash = byStart[i].start < byStart[i - 1].end;
  if (!clash) return byStart;
  const inside = new Set<PIIMatch>();
  let cover: PIIMatch | null = null;
  for (const m of byStart) {
    if (cover && m.end <= cover.end && (m.end - m.start) < (cover.end - cover.start)) inside.add(m);
    else if (!cover || m.end > cover.end) cover = m;
  }
  const ranked = matches.filter((m) => !inside.has(m)).sort((a, b) =>
    b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  let size = 0;
  for (const m of ranked) size = Math.max(size, m.end);
  const taken = new Uint8Array(size);
  const kept: PIIMatch[] = [];
  for (const m of ranked) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
