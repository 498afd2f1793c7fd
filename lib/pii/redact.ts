import { createHash } from "node:crypto";
import { InputError } from "../errors/workshop-error";
import type { PIIMatch } from "./pii-types";
import { detectPII, type DetectPIIOptions } from "./detect-pii";
import { pseudonymFor } from "./pseudonym-for";
import { mapBack, replaceSpans, type RedactChange } from "./replace-spans";

/** How each piece of PII is replaced. */
export type RedactMode = "tag" | "mask" | "pseudonym" | "hash";

/** Options of {@link redact}. */
export interface RedactOptions {
  /** "tag" -> `[EMAIL]`, "mask" -> `****@****.***`, "pseudonym" -> a consistent fake, "hash" -> `<EMAIL:9f86d081884c>` (default "tag"). */
  mode?: RedactMode;
  /** Matches to replace (default: `detectPII(text, detect)`); with `matches`, only one pass is made. */
  matches?: PIIMatch[];
  /** Options passed to detectPII (default {}). */
  detect?: DetectPIIOptions;
  /** Detection passes (default 2): pass 2 scans the redacted text, where context words moved closer, and widens the redaction. */
  passes?: number;
  /** Seed of the pseudonyms (default 0): change it to get a different, still consistent, mapping. */
  seed?: number;
  /** Salt of the hashes (default "uyd-workshop"): keep yours secret, or hashes of short values can be reversed by guessing. */
  salt?: string;
  /** Character used by "mask" (default "*"). */
  maskChar?: string;
}

const MODES: RedactMode[] = ["tag", "mask", "pseudonym", "hash"];
type Span = Pick<PIIMatch, "type" | "start" | "end">;

/**
 * Replaces the PII in a text and lists every change (offsets in the original text).
 * Letters and digits are masked, punctuation kept; pseudonyms and hashes are
 * consistent across a whole corpus.
 *
 * @example
 * redact("Mail jane@example.org").text;                   // "Mail [EMAIL]"
 * redact("Mail jane@example.org", { mode: "mask" }).text; // "Mail ****@*******.***"
 */
export function redact(text: string, options: RedactOptions = {}): { text: string; changes: RedactChange[] } {
  const { mode = "tag", seed = 0, salt = "uyd-workshop", maskChar = "*", passes = 2 } = options;
  if (!MODES.includes(mode)) {
    throw new InputError(`Unknown redaction mode '${String(mode)}'.`, `Use one of: ${MODES.join(", ")}.`);
  }
  const replace = (m: Span, original: string) => mode === "tag" ? `[${m.type}]`
    : mode === "mask" ? original.replace(/[\p{L}\p{N}]/gu, maskChar)
    : mode === "pseudonym" ? pseudonymFor(m.type, original, seed)
    : `<${m.type}:${createHash("sha256").update(salt + "\u0000" + original).digest("hex").slice(0, 12)}>`;
  let spans: Span[] = options.matches ?? detectPII(text, options.detect ?? {});
  let result = replaceSpans(text, spans, replace);
  for (let pass = 2; pass <= passes && !options.matches; pass++) {
    // Tag the first pass's output so context words see the same text a reader would.
    const tagged = replaceSpans(text, spans, (m) => `[${m.type}]`);
    const extra = detectPII(tagged.text, options.detect ?? {})
      .map((m) => ({ type: m.type, ...mapBack(tagged.changes, m.start, m.end) }));
    if (extra.length === 0) break;
    spans = mergeSpans(spans.concat(extra));
    result = replaceSpans(text, spans, replace);
  }
  return result;
}

/** Unites overlapping spans; the merged span keeps the type of its first part. */
function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans.slice().sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ type: s.type, start: s.start, end: s.end });
  }
  return out;
}
