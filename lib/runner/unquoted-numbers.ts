import { marked, type Token, type Tokens } from "marked";
import { cellSource, type CellOutput, type Notebook } from "./notebook";

/** A number quoted in a markdown cell that no earlier code cell printed. */
export interface UnquotedNumber {
  /** 0-based index of the markdown cell in the notebook. */
  cell: number;
  /** The number as the prose writes it ("0.38", "1,000", "−0.5"). */
  number: string;
  /** The sentence it stands in (markdown removed), to find it in the cell. */
  sentence: string;
}

export interface UnquotedNumbersOptions {
  /** Integers up to this magnitude are free: counts like "two" written as digits (default 10). */
  smallestQuoted?: number;
}

// The rule (DESIGN.md "Numbers in prose"): every number in a markdown cell appears,
// written the same way, as a number token in the visible text of an earlier code cell's
// outputs. How the edge cases read:
// - "Written the same way" means the same digits: prose 0.38 needs an output token 0.38
//   (not 0.380 or 0.375); a token is a whole run of digits, so 38 does not match inside
//   0.385 or 380. Digit grouping is formatting, not precision: "1,000" and "1000" are the
//   same number on either side (outputs may group with commas or thin/no-break spaces).
//   A list written without spaces ("100,200") reads as one grouped number.
// - Signs: an unsigned prose number matches an output of either sign ("fell by 0.12"
//   against "-0.12"); a prose minus (U+2212 or a hyphen not joined to a word or digit)
//   needs a minus in the output, and "−" and "-" are the same sign.
// - Units and suffixes belong to the word, not the number: "38 %", "38%", "2.5x",
//   "2.5×", "16 kHz" are the numbers 38, 2.5 and 16.
// - Ranges "0.29–0.74" (en dash or hyphen between digits) are two numbers, each quoted.
// - Exempt: code spans and code blocks; URLs and link targets; integers of magnitude
//   0–10; years 1900–2100 (whole numbers, no grouping); integers with a leading zero
//   ("02", "00"), which name things rather than count them; dotted version strings
//   ("1.0.22"); numbers joined to a word ("F2", "MP3", "ViT-B/32", "n04162706"), and
//   numbers named by the word before them: check ids ("check 3.1", "checks 1.2 and
//   1.4", and a bold "**1.1**" heading an exercise), "lab 02", "cell 25", "section 3",
//   "RFC 9309", "ISO 8601", "version 4" (the list is NAMING below).
// - A sentence that carries its citation is exempt as a whole: it contains a markdown
//   link (also an autolinked URL or an HTML <a href>), or a parenthesised reference with
//   a name and a year or an id: "(Gray 2024)", "(arXiv 2403.16887)",
//   "(Northcutt et al. 2021)", "(doi:10.1145/...)".
// - Sentences: a paragraph, heading, list item, table row or HTML block is split at
//   ". ", "! ", "? " before a capital, outside parentheses, not after "e.g."/"et al.".

const NAMING = "checks?|exercises?|labs?|cells?|sections?|parts?|steps?|issues?|chapters?|questions?|figures?|fig\\.|tables?|appendix|RFC|ISO|IEC|PEP|CVE|versions?|v\\.?";
const NUM = "\\d+(?:[.\\/]\\d+)*";
const NAMED = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${NAMING})\\s*#?\\s*${NUM}(?:\\s*(?:,|and|or|to|&|–|-)\\s*${NUM})*`, "giu");
const CITATION = /\(([^()]*)\)/g;
const CITED_NAME = /(?:\b[A-Z][\p{L}’'-]+|\barXiv|\bdoi)/u;
const CITED_ID = /(?:\b(?:19\d\d|20\d\d|2100)[a-z]?\b|\b\d{4}\.\d{4,5}\b|\b10\.\d{4,}\/|\bISBN\b|\bdoi\b)/i;
const LINK = "\u0001"; // stands for a link in a sentence
const CODE = " \u0002 "; // stands for a code span
const ABBREVIATIONS = /(?:\be\.g|\bi\.e|\bet al|\bcf|\bvs|\bapprox|\bFig|\bNo|\bDr|\bMr|\bMs|\bSt)\.$/;
// A prose number: not joined to a word or identifier on its left, a whole digit run
// (grouped or not) with its decimals, not followed by more digits or ".5"-style tails.
const PROSE_NUMBER = /(?<![\p{L}\p{N}_\u0002]|[\p{L}\p{N}_][/_:#@]|\p{L}-|\d[.,])([−+-]?)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?(?!\p{N}|\.\d|[\p{L}_]+\p{N})/gu;

/** Whole sentences of a markdown cell with code removed and links marked. */
function sentences(markdown: string): string[] {
  const segments: string[] = [];
  const inline = (tokens: Token[] | undefined): string => {
    // inline HTML arrives as separate tags: skip what stands between <code> and </code>
    let inCode = false, text = "";
    for (const t of tokens ?? []) {
      if (t.type === "html" && /^<code\b/i.test(t.raw)) { inCode = true; text += CODE; continue; }
      if (t.type === "html" && /^<\/code>/i.test(t.raw)) { inCode = false; continue; }
      if (!inCode) text += inlineText(t);
    }
    return text;
  };
  const inlineText = (t: Token): string => {
    switch (t.type) {
      case "codespan": return CODE;
      case "link": return `${inline((t as Tokens.Link).tokens)}${LINK}`;
      case "image": return (t as Tokens.Image).text;
      case "br": return " ";
      case "html": return /^<a\s[^>]*href/i.test(t.raw) ? LINK : /^<br/i.test(t.raw) ? " " : "";
      case "strong": {
        // a bold "**1.1**" heads an exercise: it is that check's id
        const s = t as Tokens.Strong;
        return /^\s*\d+\.\d+\s*$/.test(s.text) ? "check " + s.text : inline(s.tokens);
      }
      case "escape": return (t as Tokens.Escape).text;
      default: return "tokens" in t && t.tokens ? inline(t.tokens as Token[]) : decode((t as Tokens.Text).text ?? "");
    }
  };
  const block = (t: Token) => {
    switch (t.type) {
      case "code": case "space": case "hr": case "def": return;
      case "table": {
        const tb = t as Tokens.Table;
        for (const row of [tb.header, ...tb.rows]) segments.push(row.map((c) => inline(c.tokens)).join(" | "));
        return;
      }
      case "list": for (const item of (t as Tokens.List).items) item.tokens.forEach(block); return;
      case "blockquote": (t as Tokens.Blockquote).tokens.forEach(block); return;
      case "html": segments.push(htmlText(t.raw)); return;
      case "paragraph": case "heading": case "text":
        segments.push("tokens" in t && t.tokens ? inline(t.tokens as Token[]) : decode((t as Tokens.Text).text));
        return;
      default: if ("tokens" in t && t.tokens) (t.tokens as Token[]).forEach(block);
    }
  };
  marked.lexer(markdown, { gfm: true }).forEach(block);
  return segments.flatMap(splitSentences).map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean);
}

function htmlText(raw: string): string {
  return decode(raw.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ").replace(/<code\b[\s\S]*?<\/code>/gi, CODE)
    .replace(/<!--[\s\S]*?-->/g, " ").replace(/<a\s[^>]*href[^>]*>/gi, LINK).replace(/<[^>]*>/g, " "));
}

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp|minus|ndash|times);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", minus: "−", ndash: "–", times: "×" };
    if (e[0] !== "#") return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function splitSentences(segment: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && ".!?".includes(ch) && /^\s+["'“(*_\p{Lu}]/u.test(segment.slice(i + 1, i + 3)) && !ABBREVIATIONS.test(segment.slice(start, i + 1))) {
      out.push(segment.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(segment.slice(start));
  return out;
}

function carriesCitation(sentence: string): boolean {
  if (sentence.includes(LINK)) return true;
  for (const m of sentence.matchAll(CITATION)) if (CITED_NAME.test(m[1]) && CITED_ID.test(m[1])) return true;
  return false;
}

/** The visible text of one output: stream text, text/plain, and the text of HTML, Markdown and SVG. */
export function outputText(output: CellOutput): string {
  if (output.output_type === "stream") return [output.text].flat().join("");
  if (output.output_type === "error") return "";
  const parts: string[] = [];
  for (const [mime, value] of Object.entries(output.data ?? {})) {
    const text = [value].flat().join("");
    if (mime === "text/plain" || mime === "text/markdown") parts.push(text);
    else if (mime === "text/html" || mime === "image/svg+xml") parts.push(htmlText(text));
  }
  return parts.join("\n");
}

/** Adds every number token of an output's text to `into`, as the keys `quotedKey` uses. */
function addOutputNumbers(text: string, into: Set<string>): void {
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    into.add(m[0]);
    const before = text[m.index - 1];
    if (before === "-" || before === "−") into.add("-" + m[0]);
  }
  for (const m of text.matchAll(/\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?/g)) {
    const key = m[0].replace(/[,\u00a0\u202f\u2009]/g, "");
    into.add(key);
    const before = text[m.index - 1];
    if (before === "-" || before === "−") into.add("-" + key);
  }
}

/**
 * Finds every number in a markdown cell of an executed notebook that no earlier code
 * cell printed, written the same way, unless the rule exempts it (see the comment at
 * the top of this file). An empty list means the prose quotes only what the notebook
 * computed.
 *
 * @example
 * unquotedNumbers(run.executed).map((u) => `cell ${u.cell}: ${u.number} in "${u.sentence}"`)
 */
export function unquotedNumbers(notebook: Notebook, options: UnquotedNumbersOptions = {}): UnquotedNumber[] {
  const { smallestQuoted = 10 } = options;
  const printed = new Set<string>();
  const found: UnquotedNumber[] = [];
  notebook.cells.forEach((cell, index) => {
    if (cell.cell_type === "code") {
      for (const output of cell.outputs ?? []) addOutputNumbers(outputText(output), printed);
      return;
    }
    if (cell.cell_type !== "markdown") return;
    for (const sentence of sentences(cellSource(cell))) {
      if (carriesCitation(sentence)) continue;
      const text = sentence.replace(NAMED, " ");
      for (const m of text.matchAll(PROSE_NUMBER)) {
        const [written, sign, whole, decimals] = m;
        const digits = whole.replace(/,/g, "");
        if (decimals === undefined) {
          const value = Number(digits);
          if (value <= smallestQuoted) continue;
          if (!whole.includes(",") && value >= 1900 && value <= 2100) continue;
          if (/^0\d/.test(whole)) continue;
        }
        const key = digits + (decimals === undefined ? "" : "." + decimals);
        const negative = sign === "-" || sign === "−";
        if (printed.has(negative ? "-" + key : key)) continue;
        found.push({ cell: index, number: written, sentence: sentence.replace(new RegExp(LINK, "g"), "").replace(/\u0002/g, "`…`") });
      }
    }
  });
  return found;
}
