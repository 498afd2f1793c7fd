import type { TextStats } from "./measure-text";

/** Per-document issue scores, each 0 (fine) to 1 (as bad as it gets). */
export interface TextScores {
  repetition: number;
  gibberish: number;
  boilerplate: number;
  mojibake: number;
  extremeLength: number;
}

export type TextIssueType = keyof TextScores;

/**
 * Default flag thresholds (flag when score >= threshold), chosen on the "tune" half of
 * data/curation/texts.json (midpoint of the gap between the highest-scoring document
 * without the defect and the lowest-scoring one with it; see
 * data/curation/tune-text-thresholds.ts) and reported on the "test" half.
 */
export const TEXT_THRESHOLDS: Readonly<TextScores> = {
  repetition: 0.48,
  gibberish: 0.79,
  boilerplate: 0.42,
  mojibake: 0.37,
  extremeLength: 0.46,
};

/**
 * Turns text statistics into 0-1 scores. `medianChars` is the collection's median length
 * in characters, the reference for extremeLength (0 skips it).
 *
 * - repetition: the larger of the duplicated-line share and the share of words inside
 *   repeated 5-word sequences.
 * - gibberish: low on BOTH English signals: 1 - stopword share / 0.25, and odd-word
 *   share / 0.2 (the smaller of the two). Character entropy alone cannot do it:
 *   letters shuffled across a paragraph keep English's 4.1 bits per character.
 * - boilerplate: the share of lines that are short web-chrome lines.
 * - mojibake: mojibake sequences per 1000 characters / 2, capped at 1.
 * - extremeLength: |log10(chars / medianChars)| / 2, capped at 1 (0.5 = 10x off).
 *
 * @example
 * scoreText(measureText("ok"), 600).extremeLength; // 0.74
 */
export function scoreText(stats: TextStats, medianChars: number): TextScores {
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  return {
    repetition: clamp(Math.max(stats.duplicateLineFraction, stats.duplicateNgramFraction)),
    gibberish: clamp(Math.min(1 - stats.stopwordFraction / 0.25, stats.oddWordFraction / 0.2)),
    boilerplate: clamp(stats.boilerplateLineFraction),
    mojibake: clamp(stats.mojibakePer1000 / 2),
    extremeLength: medianChars > 0 ? clamp(Math.abs(Math.log10(Math.max(1, stats.chars) / medianChars)) / 2) : 0,
  };
}

/** Documents shorter than this many words are judged on length only. */
export const MIN_WORDS_TO_JUDGE = 10;

/**
 * The flags for one document: every score at or over its threshold, except that a
 * document of fewer than MIN_WORDS_TO_JUDGE words is judged on length and mojibake only.
 *
 * @example
 * flagText({ ...scores, boilerplate: 0.8 }, 120, TEXT_THRESHOLDS); // ["boilerplate"]
 */
export function flagText(scores: TextScores, words: number, thresholds: TextScores): TextIssueType[] {
  const order = Object.keys(TEXT_THRESHOLDS) as TextIssueType[];
  const judged = words >= MIN_WORDS_TO_JUDGE ? order : (["mojibake", "extremeLength"] as TextIssueType[]);
  return judged.filter((k) => scores[k] >= thresholds[k]);
}
