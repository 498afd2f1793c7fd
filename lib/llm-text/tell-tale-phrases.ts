/** One tell-tale phrase found in one document. */
export interface TellTaleHit {
  /** Index of the document in the input. */
  index: number;
  /** The phrase pattern's label, e.g. "as an AI language model". */
  phrase: string;
  /** The matched text with up to 40 characters either side. */
  excerpt: string;
}

/** Options for {@link tellTalePhrases}. */
export interface TellTalePhrasesOptions {
  /** Phrases to look for, as regular expression sources (matched case-insensitively, whitespace-tolerant). Default: TELL_TALE_PHRASES. */
  phrases?: string[];
}

/** Phrases that chat models leave behind when their output is pasted unedited. */
export const TELL_TALE_PHRASES = [
  "as an ai language model", "as a large language model", "as an ai model", "i am an ai language model",
  "i cannot fulfill (?:this|that|your) request", "regenerate response", "as of my last knowledge update",
  "my knowledge cutoff", "i hope this helps", "certainly! here is", "i'm sorry, but i can(?:'|no)t",
];

/**
 * Finds documents containing phrases that betray pasted chatbot output ("As an AI language
 * model", "Regenerate response"). Unlike word frequencies these are near-certain per
 * document, but only careless pasting leaves them, so they give a lower bound, not a share.
 *
 * @example
 * tellTalePhrases(["As an AI language model, I cannot vote."]);
 * // [{ index: 0, phrase: "as an ai language model", excerpt: "As an AI language model, I cannot vote." }]
 */
export function tellTalePhrases(docs: Iterable<string>, options: TellTalePhrasesOptions = {}): TellTaleHit[] {
  const { phrases = TELL_TALE_PHRASES } = options;
  const res = phrases.map((p) => [p, new RegExp(p.replace(/ /g, "\\s+"), "i")] as const);
  const hits: TellTaleHit[] = [];
  let index = 0;
  for (const raw of docs) {
    const doc = String(raw ?? "");
    for (const [phrase, re] of res) {
      const m = re.exec(doc);
      if (m) hits.push({ index, phrase, excerpt: doc.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).trim() });
    }
    index++;
  }
  return hits;
}
