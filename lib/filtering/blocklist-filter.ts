import { InputError } from "../errors/workshop-error";
import { ldnoobwWords } from "./ldnoobw-words";

export interface BlocklistFilterOptions {
  /** Words or phrases to block (default: the English LDNOOBW list, as C4 used it). */
  words?: ReadonlyArray<string>;
}

/** What the filter did with one text. */
export interface BlocklistResult {
  /** Position of the text in the input. */
  index: number;
  /** True when any blocked word occurs: the whole text is dropped, as C4 dropped pages. */
  removed: boolean;
  /** The distinct blocked entries found, lower case, in order of first appearance. */
  matches: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Drops every text that contains a blocked word or phrase as a whole word, case-insensitive
 * ("Sexton" does not match "sex"; "commercial intercourse" does match "intercourse"). This
 * is the C4 rule: one hit removes the whole document, whatever it is about.
 *
 * @example
 * blocklistFilter(["A kind word.", "The slave trade."], { words: ["slave"] }).map((r) => r.removed); // [false, true]
 */
export function blocklistFilter(texts: ReadonlyArray<string>, options: BlocklistFilterOptions = {}): BlocklistResult[] {
  const words = (options.words ?? ldnoobwWords("en")).map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0);
  if (!words.length) throw new InputError("The blocklist is empty.", "Pass at least one word, or leave `words` out for the LDNOOBW list.");
  // Longest first so a phrase wins over a word it starts with; lookarounds instead of \b
  // so entries that start or end with a non-letter still need a word edge.
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return texts.map((text, index) => {
    const found = typeof text === "string" ? text.match(re) ?? ([] as string[]) : ([] as string[]);
    const matches = [...new Set(found.map((m) => m.toLowerCase()))];
    return { index, removed: matches.length > 0, matches };
  });
}
