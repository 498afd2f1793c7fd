/**
 * The word table of A. Gray, "ChatGPT 'contamination': estimating the prevalence of LLMs
 * in the scholarly literature" (arXiv 2403.16887, 2024): twelve adjectives and twelve
 * adverbs that LLM text over-uses (taken from Liang et al.'s peer-review study), and twelve
 * neutral control words. `verbs` lists the table words that also take -ed/-ing forms.
 */
export const GRAY_WORDS: {
  readonly adjectives: readonly string[];
  readonly adverbs: readonly string[];
  readonly controls: readonly string[];
  readonly verbs: readonly string[];
} = {
  adjectives: ["commendable", "innovative", "meticulous", "intricate", "notable", "versatile",
    "noteworthy", "invaluable", "pivotal", "potent", "fresh", "ingenious"],
  adverbs: ["meticulously", "reportedly", "lucidly", "innovatively", "aptly", "methodically",
    "excellently", "compellingly", "impressively", "undoubtedly", "scholarly", "strategically"],
  controls: ["consider", "conclusion", "furthermore", "relative", "technical", "blue", "red",
    "yellow", "before", "after", "earlier", "later"],
  verbs: ["consider"],
};
