/** Options for {@link splitSentences}. */
export interface SplitSentencesOptions {
  /** Words ending in "." that never end a sentence (compared lower-case). Default: titles and common abbreviations. */
  abbreviations?: string[];
}

const ABBREVIATIONS = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sen", "rep", "gov", "no", "vs", "u.s", "u.n", "d.c", "a.m", "p.m", "st", "inc", "co", "mt", "ft"];

/**
 * Splits running prose into sentences at ".", "!" or "?" followed by space and a capital
 * letter (or an opening quote), skipping titles ("Mr."), abbreviations ("U.S.") and initials ("J.").
 *
 * @example
 * splitSentences("Mr. Speaker, thank you. We meet tonight.");
 * // ["Mr. Speaker, thank you.", "We meet tonight."]
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): string[] {
  const { abbreviations = ABBREVIATIONS } = options;
  const skip = new Set(abbreviations.map((a) => a.toLowerCase()));
  const out: string[] = [];
  const boundary = /([.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    const end = m.index + m[0].trimEnd().length;
    if (m[1] === ".") {
      const before = text.slice(start, m.index);
      const last = (before.match(/(\S+)$/)?.[1] ?? "").replace(/^["'(\[]+/, "").toLowerCase();
      if (skip.has(last) || /^[a-z]$/.test(last) || /^([a-z]\.)+[a-z]$/.test(last)) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
