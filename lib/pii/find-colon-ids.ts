import { isIPv6 } from "node:net";
import type { PIICandidate } from "./pii-types";

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Finds IPv6 addresses from each ":" outward: the longest run of hex digits and
 * colons (at most 39 characters, not glued to a letter, digit or another colon)
 * that node's `isIPv6` accepts and that has at least two colons. Linear: each run
 * is examined once.
 *
 * @example
 * findIPv6("host 2001:db8::1 up"); // [{start: 5, end: 16, score: 0.85}]
 */
export function findIPv6(text: string, score = 0.85): PIICandidate[] {
  const out: PIICandidate[] = [];
  for (let c = text.indexOf(":"); c >= 0; c = text.indexOf(":", c + 1)) {
    let s = c, e = c + 1;
    while (s > 0 && (isHex(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 58)) s--;
    while (e < text.length && (isHex(text.charCodeAt(e)) || text.charCodeAt(e) === 58)) e++;
    const next = e;
    if ((s > 0 && isWord(text.charCodeAt(s - 1))) || (e < text.length && isWord(text.charCodeAt(e)))) { c = next; continue; }
    const run = text.slice(s, e);
    if (run.length >= 3 && run.length <= 39 && run.split(":").length >= 3 && /[0-9A-Fa-f]/.test(run) && isIPv6(run)) {
      out.push({ start: s, end: e, score });
    }
    c = next;
  }
  return out;
}

const MAC = /[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-]|\.\w)/y;
const CISCO = /[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w:-]|\.\w)/y;

/**
 * Finds MAC addresses ("08:b6:25:9f:f3:0d", "08-b6-25-9f-f3-0d", "08b6.259f.f30d")
 * by looking only where a separator follows two (or four) hex digits at a boundary.
 *
 * @example
 * findMacs("its MAC is 08:b6:25:9f:f3:0d."); // [{start: 11, end: 28, score: 0.9}]
 */
export function findMacs(text: string, score = 0.9): PIICandidate[] {
  const out: PIICandidate[] = [];
  for (let i = 2; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 58 && code !== 45 && code !== 46) continue; // ":" "-" "."
    const width = code === 46 ? 4 : 2;
    const s = i - width;
    if (s < 0) continue;
    let ok = true;
    for (let k = s; k < i && ok; k++) ok = isHex(text.charCodeAt(k));
    if (!ok || (s > 0 && (isWord(text.charCodeAt(s - 1)) || ":.-".includes(text[s - 1])))) continue;
    const re = width === 4 ? CISCO : MAC;
    re.lastIndex = s;
    const hit = re.exec(text);
    if (!hit) continue;
    out.push({ start: s, end: s + hit[0].length, score });
    i = s + hit[0].length - 1;
  }
  return out;
}
