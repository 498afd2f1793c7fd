import { FORMAL_WORDS, SLANG_WORDS } from "./slang-lexicon";
import { AMERICAN_WORDS, BRITISH_WORDS } from "./dialect-lexicon";

/** Label-free style features of one text. Rates are per 100 words unless noted. */
export interface TextFeatureRow {
  /** Number of words. */
  words: number;
  /** Mean letters per word. */
  meanWordLength: number;
  /** Punctuation marks per 100 words. */
  punctuation: number;
  /** Share of letters that are capitals, 0-1. */
  upperCase: number;
  /** Share of sentences that start with a capital letter, 0-1. */
  sentenceCase: number;
  /** Formal markers (therefore, shall, moreover, ...) per 100 words. */
  formal: number;
  /** Contractions (don't, it's, we'll) per 100 words. */
  contractions: number;
  /** Slang and chat words (gonna, lol, u, ok, ...) per 100 words. */
  slang: number;
  /** Exclamation and question marks per 100 words. */
  exclamations: number;
  /** American spellings and words (color, organize, truck; AMERICAN_WORDS) per 100 words. */
  american: number;
  /** British spellings and words (colour, organise, lorry; BRITISH_WORDS) per 100 words. */
  british: number;
}

const SLANG = new Set<string>(SLANG_WORDS);
const FORMAL = new Set<string>(FORMAL_WORDS);
const AMERICAN = new Set<string>(AMERICAN_WORDS);
const BRITISH = new Set<string>(BRITISH_WORDS);

/**
 * Measures the style of each text: length, word length, punctuation, case, formal
 * markers, contractions, slang (see SLANG_WORDS, FORMAL_WORDS) and American or British
 * spelling and vocabulary (AMERICAN_WORDS, BRITISH_WORDS). Pure.
 *
 * @example
 * textFeatures(["Hey guys, gonna be late lol", "The nation shall endure."]).map((r) => r.slang); // [60, 0]
 */
export function textFeatures(docs: ReadonlyArray<string | { text: string }>): TextFeatureRow[] {
  return docs.map((doc) => {
    const text = typeof doc === "string" ? doc : doc.text;
    const words: string[] = text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) || [];
    const n = Math.max(1, words.length);
    const per100 = (count: number) => (100 * count) / n;
    const letters = text.match(/[A-Za-z]/g)?.length ?? 0;
    const upper = text.match(/[A-Z]/g)?.length ?? 0;
    const sentences = text.split(/(?<=[.!?])\s+|\n\s*\n/).map((s) => s.trim()).filter((s) => /[A-Za-z]/.test(s));
    const lower = words.map((w) => w.toLowerCase());
    return {
      words: words.length,
      meanWordLength: words.reduce((s, w) => s + w.replace(/['’]/g, "").length, 0) / n,
      punctuation: per100(text.match(/[.,;:!?()"'’\-]/g)?.length ?? 0),
      upperCase: letters ? upper / letters : 0,
      sentenceCase: sentences.length ? sentences.filter((s) => /^[^A-Za-z]*[A-Z]/.test(s)).length / sentences.length : 0,
      formal: per100(lower.filter((w) => FORMAL.has(w)).length),
      contractions: per100(lower.filter((w) => /['’](s|t|re|ve|ll|d|m)$/.test(w) && !/^(let['’]s)$/.test(w)).length),
      slang: per100(lower.filter((w) => SLANG.has(w)).length),
      exclamations: per100(text.match(/[!?]/g)?.length ?? 0),
      american: per100(lower.filter((w) => AMERICAN.has(w)).length),
      british: per100(lower.filter((w) => BRITISH.has(w)).length),
    };
  });
}
