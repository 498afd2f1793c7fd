import type { PIICandidate, PIIRecognizer } from "./pii-types";
import { firstNameSet } from "./first-name-set";
import { CUE_AFTER, hasCueBefore, isNameChar, LIST_JOINER, NAME_GAP, NAME_TOKEN, NOT_NAME, NOT_PERSON_AFTER, PLACE_PREFIX, TITLE_WORD } from "./person-cues";

/** Options of {@link personRecognizer}. */
export interface PersonRecognizerOptions {
  /** Known first names (default: the bundled English lists, see `firstNameSet`). */
  firstNames?: Set<string>;
  /** Score of "Known-first-name Capitalised" (default 0.7). */
  pairScore?: number;
  /** Score after a cue (title, greeting, form label), as a chat speaker, or in a list with a name (default 0.65). */
  cuedScore?: number;
  /** Score of two capitalised words filling a whole CSV cell (default 0.55). */
  cellScore?: number;
  /** Score of a known first name on its own (default 0.3; context words can lift it). */
  aloneScore?: number;
  /** Score of any other run of 2-3 capitalised words (default 0.2): kept only when a list joins it to a name. */
  shapeScore?: number;
}

interface Group { start: number; end: number; score: number; pair: boolean }

// Local copies: a bundler's live bindings would turn each use in the hot loop into a getter call.
const TOKEN_RE = NAME_TOKEN, TITLE_RE = TITLE_WORD, GAP_RE = NAME_GAP, CUE_AFTER_RE = CUE_AFTER;
const NOT_AFTER_RE = NOT_PERSON_AFTER, JOIN_RE = LIST_JOINER, hasCue = hasCueBefore;
const notName = NOT_NAME, placePrefix = PLACE_PREFIX;
const CHAT_LINE = /^\p{Lu}\p{Ll}{1,20}: \p{Ll}/gmu;

/**
 * Finds person names from a first-name list, capitalisation and cues: titles,
 * greetings and form labels ("Dear", "Mr.", "Billed to:"), chat speakers
 * ("[10:02] Ana: hi"), whole CSV cells, lists ("A B, C D and E F") once one item
 * is a name, and other mentions of a full name already found in the same text. One pass over capitalised words plus one over groups: linear time.
 *
 * @example
 * personRecognizer().find!("Dear Abigail Smith, thanks"); // [{start: 5, end: 18, score: 0.7}]
 */
export function personRecognizer(options: PersonRecognizerOptions = {}): PIIRecognizer {
  const { pairScore = 0.7, cuedScore = 0.65, cellScore = 0.55, aloneScore = 0.3, shapeScore = 0.2 } = options;
  const find = (text: string): PIICandidate[] => {
    const names = options.firstNames ?? firstNameSet();
    const starts: number[] = [], ends: number[] = [], words: string[] = [];
    const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) { starts.push(m.index); ends.push(m.index + m[0].length); words.push(m[0]); }
    const chat = (text.match(CHAT_LINE) ?? ([] as string[])).filter((l: string) => !notName.has(l.slice(0, l.indexOf(":")))).length >= 2;
    const groups: Group[] = [];
    const cued = (start: number, end: number, known: boolean) => hasCue(text, start) ||
      (text[end] === " " && CUE_AFTER_RE.test(text.slice(end, end + 12))) ||
      ((known || start === 0 || text[start - 1] === "\n") && text.startsWith(" here", end)) || // "Ana here - running late"
      (text[end] === ":" && ((text[start - 1] === " " && text[start - 2] === "]") ||
        ((start === 0 || text[start - 1] === "\n") && (known || chat) && !text.slice(start, end).includes("-") &&
          /^: ?\p{Ll}/u.test(text.slice(end, end + 3)))));
    const isTown = (start: number, end: number) =>
      NOT_AFTER_RE.test(text.slice(end, end + 24)) || /\d{5} $/.test(text.slice(Math.max(0, start - 6), start));
    const isCell = (start: number, end: number) =>
      (start === 0 || ",;\t\n".includes(text[start - 1])) && (end === text.length || ",;\t".includes(text[end]));
    for (let i = 0; i < words.length; i++) {
      const word = words[i], start = starts[i];
      const prev = start > 0 ? text[start - 1] : " ";
      if (prev === "-" || (prev >= "0" && prev <= "9") || (prev !== "'" && isNameChar(prev))) continue;
      const next = text[ends[i]];
      if (next === "-" || next === "@" || next === "_") continue; // "Armstrong-upon-Marks" is a town; "Ann_Lee@" an address
      if (next === "." && isNameChar(text[ends[i] + 1] ?? " ")) continue; // "Valdis.Kletnieks@vt.edu"
      if (notName.has(word) || placePrefix.has(word) || TITLE_RE.test(word)) continue;
      if (i > 0 && ends[i - 1] === start - 1 && placePrefix.has(words[i - 1])) continue;
      let j = i;
      while (j + 1 < words.length && j - i < 2 && starts[j + 1] - ends[j] <= 12 &&
        GAP_RE.test(text.slice(ends[j], starts[j + 1])) && !notName.has(words[j + 1])) j++;
      const end = ends[j];
      const known = names.has(word) || (word.includes("-") && names.has(word.split("-")[0]));
      const score = known && j > i ? pairScore : cued(start, end, known) ? cuedScore
        : j > i && isCell(start, end) ? cellScore : known ? aloneScore : j > i ? shapeScore : 0;
      if (score > shapeScore && isTown(start, end)) { i = j; continue; }
      if (score > 0) groups.push({ start, end, score, pair: j > i });
      i = j;
    }
    // A list of names: a pair joined by ", " or " and " to an accepted name is a name too.
    for (const order of [1, -1]) {
      for (let k = order === 1 ? 1 : groups.length - 2; k >= 0 && k < groups.length; k += order) {
        const g = groups[k], nb = groups[k - order];
        const gap = order === 1 ? text.slice(nb.end, g.start) : text.slice(g.end, nb.start);
        if (g.pair && g.score < cuedScore && nb.score >= cuedScore && JOIN_RE.test(gap) && !isTown(g.start, g.end)) g.score = cuedScore;
      }
    }
    // A name found once (with a cue or a known first name) is a name wherever else it occurs in the text.
    const sure = new Set(groups.filter((g) => g.pair && g.score >= cuedScore).map((g) => text.slice(g.start, g.end)));
    for (const g of groups) if (g.score < cuedScore && sure.has(text.slice(g.start, g.end))) g.score = cuedScore;
    // Groups known only by their shape never leave: context words alone must not make them names.
    return groups.filter((g) => g.score > shapeScore).map(({ start, end, score }) => ({ start, end, score }));
  };
  return {
    name: "person", type: "PERSON", find,
    context: ["name", "dear", "thanks", "regards", "mr", "mrs", "ms", "dr", "wrote", "said", "met", "contact",
      "nom", "herr", "frau", "holder", "reporter", "attendees"],
  };
}
