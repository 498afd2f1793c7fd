/**
 * Growth from 2022 to 2023 in the number of articles whose full text contains each word,
 * as reported by A. Gray, "ChatGPT 'contamination': estimating the prevalence of LLMs in
 * the scholarly literature" (arXiv 2403.16887, 2024), from full-text searches of the
 * Dimensions database (+1.17 = 117% more articles in 2023 than in 2022). These are the
 * paper's figures for its four strongest markers, carried over with the citation; the lab
 * plots them as reported and never recomputes or extends them. Gray reports the twelve
 * control words as moving only slightly in the same year.
 *
 * Provenance: the paper's own table could not be opened offline when this file was written;
 * the four figures were taken from two independent public notes that quote the paper
 * (intricate +117%, meticulously +137%, commendable +83%, meticulous +59%), and the first two
 * match the figures this lab quoted before. Check them against the paper before adding more.
 */
export const GRAY_REPORTED_GROWTH: readonly { word: string; kind: "adjective" | "adverb"; growth: number }[] = [
  { word: "intricate", kind: "adjective", growth: 1.17 },
  { word: "commendable", kind: "adjective", growth: 0.83 },
  { word: "meticulous", kind: "adjective", growth: 0.59 },
  { word: "meticulously", kind: "adverb", growth: 1.37 },
];
