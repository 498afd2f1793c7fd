import { InputError } from "../errors/workshop-error";
import { wordForms } from "./word-forms";

/** Share of documents that contain each word. */
export interface WordDocFrequencies {
  /** Documents seen. */
  documents: number;
  /** Documents containing the word (any of its forms), by table word. */
  counts: Record<string, number>;
  /** counts / documents (0 when no documents). */
  shares: Record<string, number>;
}

/** Options for {@link wordDocCounter}. */
export interface WordDocCounterOptions {
  /** Fold regular inflections (see `wordForms`). Default true. */
  inflections?: boolean;
  /** Words that also get -ed/-ing forms. Default ["consider"] (the only verb in Gray's table). */
  verbs?: string[];
}

/** A streaming counter: `add` one document at a time, `result` at any point. */
export interface WordDocCounter {
  add(text: string): void;
  result(): WordDocFrequencies;
}

/**
 * Counts, document by document, how many documents contain each word: whole words only
 * ("red" is not in "tired" or "reduce"), case-insensitive, inflections folded. One regular
 * expression of all forms scans each text once, so memory stays flat on any input size.
 *
 * @example
 * const c = wordDocCounter(["intricate", "red"]);
 * c.add("An Intricate plan."); c.add("Reduce costs.");
 * c.result().counts; // { intricate: 1, red: 0 }
 */
export function wordDocCounter(words: readonly string[], options: WordDocCounterOptions = {}): WordDocCounter {
  const { inflections = true, verbs = ["consider"] } = options;
  if (!Array.isArray(words) || words.length === 0 || words.some((w) => !/^[a-z]+$/i.test(String(w)))) {
    throw new InputError(`Expected a non-empty list of single words (letters only), got ${JSON.stringify(words)}.`,
      "Pass words like [\"intricate\", \"meticulously\"]; phrases belong in tellTalePhrases.");
  }
  const owner = new Map<string, number>();
  words.forEach((w, i) => {
    for (const f of wordForms(w, { inflections, verb: verbs.includes(w.toLowerCase()) })) if (!owner.has(f)) owner.set(f, i);
  });
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${forms.join("|")})\\b`, "gi");
  const counts = new Array<number>(words.length).fill(0);
  const seen = new Uint32Array(words.length);
  let documents = 0;
  return {
    add(text: string) {
      documents++;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const i = owner.get(m[0].toLowerCase())!;
        if (seen[i] !== documents) { seen[i] = documents; counts[i]++; }
      }
    },
    result() {
      const out: WordDocFrequencies = { documents, counts: {}, shares: {} };
      words.forEach((w, i) => {
        out.counts[w] = counts[i];
        out.shares[w] = documents ? counts[i] / documents : 0;
      });
      return out;
    },
  };
}
