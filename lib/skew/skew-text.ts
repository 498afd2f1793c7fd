import { InputError } from "../errors/workshop-error";
import { seededRandom } from "../llm-text/seeded-random";
import { SLANG_SUBSTITUTIONS } from "./slang-lexicon";
import { AMERICAN_TO_BRITISH } from "./dialect-lexicon";

/** The text skews skewText knows. */
export const TEXT_SKEWS = ["lowercase", "strip-punctuation", "slang", "british"] as const;
export type TextSkew = (typeof TEXT_SKEWS)[number];

/** Options of {@link skewText}. */
export interface SkewTextOptions {
  /** Share of eligible places changed, 0-1 (default 1: all of them). */
  strength?: number;
  /** Seed of which places change (default 1). */
  seed?: number;
}

/**
 * Simulates deployment text from clean text: "lowercase" lowers words, "strip-punctuation"
 * drops punctuation marks, "slang" swaps formal phrases for informal ones (see
 * SLANG_SUBSTITUTIONS), "british" turns American spelling and vocabulary into British
 * (AMERICAN_TO_BRITISH: color -> colour, organize -> organise, truck -> lorry). `strength` is the share of places changed, seeded.
 *
 * @example
 * skewText("You are going to like it.", "slang"); // "u r gonna like it."
 */
export function skewText(text: string, kind: TextSkew, options: SkewTextOptions = {}): string {
  const { strength = 1, seed = 1 } = options;
  if (!(strength >= 0 && strength <= 1)) throw new InputError(`Expected a text skew strength from 0 to 1, got ${strength}.`, "Use 0 for no change and 1 to change every eligible place.");
  const rand = seededRandom(seed);
  const hit = () => rand() < strength;
  switch (kind) {
    case "lowercase": return text.replace(/[A-Za-z]+/g, (w) => (hit() ? w.toLowerCase() : w));
    case "strip-punctuation": return text.replace(/[.,;:!?()"'’\-]/g, (m) => (hit() ? "" : m));
    case "slang": {
      const pattern = new RegExp(`\\b(${SLANG_SUBSTITUTIONS.map(([from]) => from.replace(/ /g, "\\s+")).join("|")})\\b`, "gi");
      const map = new Map(SLANG_SUBSTITUTIONS.map(([from, to]) => [from.toLowerCase(), to]));
      return text.replace(pattern, (m) => (hit() ? map.get(m.toLowerCase().replace(/\s+/g, " ")) ?? m : m));
    }
    case "british": {
      // American spelling and vocabulary -> British (AMERICAN_TO_BRITISH), keeping each word's capitals
      const map = new Map(AMERICAN_TO_BRITISH.map(([from, to]) => [from, to]));
      const pattern = new RegExp(`\\b(${AMERICAN_TO_BRITISH.map(([from]) => from.replace(/ /g, "\\s+")).sort((p, q) => q.length - p.length).join("|")})\\b`, "gi");
      return text.replace(pattern, (m) => {
        const to = map.get(m.toLowerCase().replace(/\s+/g, " "));
        if (!to || !hit()) return m;
        return m === m.toUpperCase() && m.length > 1 ? to.toUpperCase() : /^[A-Z]/.test(m) ? to[0].toUpperCase() + to.slice(1) : to;
      });
    }
    default: throw new InputError(`Unknown text skew '${kind}'.`, `Use one of: ${TEXT_SKEWS.join(", ")}.`);
  }
}
