import type { PIICandidate, PIIRecognizer } from "./pii-types";
import { firstNameSet } from "./first-name-set";
import { csvCells } from "./csv-cells";
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

interface Group { start: number; end: number; score: number; pair: boolean; recurs?: boolean }

// Local copies: a bundler's live bindings would turn each use in the hot loop into a getter call.
const TOKEN_RE = NAME_TOKEN, TITLE_RE = TITLE_WORD, GAP_RE = NAME_GAP, CUE_AFTER_RE = CUE_AFTER;
const NOT_AFTER_RE = NOT_PERSON_AFTER, JOIN_RE = LIST_JOINER, hasCue = hasCueBefore;
const notName = NOT_NAME, placePrefix = PLACE_PREFIX;
/** A transcript turn: optional clock ("[10:02]", "9:53 AM"), a speaker of 1-3 capitalised words, an optional "(role)", a colon. */
const SPEAKER_LINE = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?\]? )?(\p{Lu}[\p{L}'’-]{0,24}(?: \p{Lu}[\p{L}'’-]{0,24}){0,2})(?: \([^)\n]{1,20}\))? ?: /gmu;
/** An IRC-style turn: "<Name> text". */
const IRC_LINE = /^<(\p{Lu}[\p{L}'’-]{1,24})> /gmu;
/** Columns of a table whose cells are person names. */
const NAME_COLUMN = /^(?:(?:first|last|full|given|family|sur|fore|customer|contact|user|display|author|speaker)[ _-]?name|name|names|customer|client|contact|speaker|author|owner|vorname|nachname|prénom|prenom|nom|surname|forename|kunde|person|employee|patient)$/;
/** A street line right below a name: "726 Aubree Shore", "Am Hagelkreuz 12", "Humboldtstr. 704". */
const STREET_BELOW = /^\n(?:\d{1,5}[a-z]?,? \p{Lu}|\p{Lu}[\p{L}. -]{2,40} \d{1,4}[a-z]?(?:\n|,|$))/u;
/** Words before a town, not a person: "based in Augusta", "à Florence", "nach Köln". */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|à|au|nach|aus|near|bei|im|en|the|der|die|das|le|la|du) $/iu;

/**
 * Start offsets of the speaker names of a transcript (2 or more turns), role words skipped.
 * A speaker must take 2 turns or more, or the turns carry clocks or IRC brackets: a form's
 * labels ("Telefon: ...") each occur once.
 */
function speakerStarts(text: string): Set<number> {
  const turns: { at: number; name: string; marked: boolean }[] = [];
  for (const re of [SPEAKER_LINE, IRC_LINE]) {
    // Both need a literal: ": " after a speaker, "<" before an IRC nick. (The shared regexes are reset below.)
    if (!text.includes(re === SPEAKER_LINE ? ": " : "<")) continue;
    const r = re;
    r.lastIndex = 0;
    for (let m = r.exec(text); m; m = r.exec(text)) {
      const at = m.index + m[0].indexOf(m[1]);
      const words = m[1].split(" ");
      let offset = 0, k = 0;
      while (k < words.length && NOT_NAME.has(words[k])) { offset += words[k].length + 1; k++; }
      // Marked turns: a clock before the speaker, IRC brackets, or a sentence in lower case after the colon.
      const marked = re === IRC_LINE || at > m.index || /^\p{Ll}[\p{L}'’]{0,20}[,.!?]? \p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      if (k < words.length) turns.push({ at: at + offset, name: words.slice(k).join(" "), marked });
    }
  }
  const count = new Map<string, number>();
  for (const t of turns) count.set(t.name, (count.get(t.name) ?? 0) + 1);
  const found = turns.filter((t) => t.marked || (count.get(t.name) ?? 0) >= 2);
  return found.length >= 2 ? new Set(found.map((t) => t.at)) : new Set();
}

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
    const re = TOKEN_RE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) { starts.push(m.index); ends.push(m.index + m[0].length); words.push(m[0]); }
    const speakers = speakerStarts(text);
    // Table cells: a name column makes its cells names; any other named column (city, product) rules them out.
    const cellColumn = new Map<number, string>();
    const cellEnd = new Map<number, number>();
    for (const c of csvCells(text)) { cellColumn.set(c.start, c.column); cellEnd.set(c.start, c.end); }
    const inTable = cellColumn.size > 0;
    const groups: Group[] = [];
    const alone = new Set<string>();
    const lineStart = (start: number) => start === 0 || text[start - 1] === "\n";
    const cued = (start: number, end: number, known: boolean) => speakers.has(start) || hasCue(text, start) ||
      (text[end] === " " && CUE_AFTER_RE.test(text.slice(end, end + 12))) ||
      ((known || lineStart(start)) && text.startsWith(" here", end)) || // "Ana here - running late"
      (text[end] === ":" && text[start - 1] === " " && text[start - 2] === "]") ||
      // an address block: a name alone on its line, a street line below it
      (lineStart(start) && text[end] === "\n" && STREET_BELOW.test(text.slice(end, end + 48))) ||
      // a team page row: "Ethyl Schaden — Chief Executive"
      (lineStart(start) && /^ [—–] \p{Lu}/u.test(text.slice(end, end + 4)));
    const isTown = (start: number, end: number) =>
      NOT_AFTER_RE.test(text.slice(end, end + 24)) || /(?:\d{5}|\d{1,5}[a-z]?) $/.test(text.slice(Math.max(0, start - 6), start)) ||
      PLACE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
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
      let end = ends[j];
      const known = names.has(word) || (word.includes("-") && names.has(word.split("-")[0]));
      const column = inTable ? cellColumn.get(start) : undefined;
      if (column !== undefined) {
        // A cell of a named column: names only in a name column, and then the whole cell.
        const cellStop = cellEnd.get(start)!;
        while (j > i && ends[j] > cellStop) j--;
        end = ends[j];
        if (NAME_COLUMN.test(column) && end === cellStop) groups.push({ start, end, score: cuedScore + 0.15, pair: j > i });
        i = j;
        continue;
      }
      if (j === i) alone.add(word); // a capitalised word on its own, for the recurrence rule below
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
    // A pair whose first or last name recurs alone elsewhere in the text is a person ("Enna Klose ... Klose").
    for (const g of groups) {
      if (!g.pair || g.score >= cuedScore || isTown(g.start, g.end)) continue;
      const parts = text.slice(g.start, g.end).split(" ");
      const first = parts[0], last = parts[parts.length - 1];
      if (first !== last && (alone.has(last) || alone.has(first))) g.recurs = true;
    }
    for (const g of groups) if (g.recurs) g.score = cuedScore;
    // A name found once (with a cue or a known first name) is a name wherever else it occurs in the
    // text, and so are its first and last names on their own.
    const sure = new Set<string>();
    for (const g of groups) {
      if (g.score < cuedScore) continue;
      const t = text.slice(g.start, g.end);
      if (g.pair) sure.add(t);
      for (const part of t.split(/ (?:(?:de|da|di|du|del|della|des|van|von|der|den|le|la|ten|ter|bin|al) )*/)) if (part.length > 1 && !notName.has(part)) sure.add(part);
    }
    for (const g of groups) if (g.score < cuedScore && sure.has(text.slice(g.start, g.end))) g.score = cuedScore;
    if (sure.size > 0) {
      const taken = groups.slice(); // sorted by start, non-overlapping: walk it alongside the words
      for (let i = 0, k = 0; i < words.length; i++) {
        while (k < taken.length && taken[k].end <= starts[i]) k++;
        if ((k < taken.length && taken[k].start <= starts[i]) || !sure.has(words[i])) continue;
        const prev = starts[i] > 0 ? text[starts[i] - 1] : " ";
        if (prev === "-" || prev === "@" || prev === "." || (prev !== "'" && isNameChar(prev))) continue;
        const next = text[ends[i]];
        if (next === "-" || next === "@" || next === "_" || next === "." && isNameChar(text[ends[i] + 1] ?? " ")) continue;
        groups.push({ start: starts[i], end: ends[i], score: cuedScore, pair: false });
      }
      groups.sort((a, b) => a.start - b.start);
    }
    // Groups known only by their shape never leave: context words alone must not make them names.
    return groups.filter((g) => g.score > shapeScore).map(({ start, end, score }) => ({ start, end, score }));
  };
  return {
    name: "person", type: "PERSON", find,
    context: ["name", "dear", "thanks", "regards", "mr", "mrs", "ms", "dr", "wrote", "said", "met", "contact",
      "nom", "herr", "frau", "holder", "reporter", "attendees"],
  };
}
