import type { PIICandidate, PIIRecognizer } from "./pii-types";
import { firstNameSet } from "./first-name-set";
import { CUE_AFTER, CUE_BEFORE, LIST_JOINER, NAME_GAP, NAME_TOKEN, NOT_NAME, NOT_PERSON_AFTER, PLACE_PREFIX, TITLE_WORD } from "./person-cues";

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

/**
 * Finds person names from a first-name list, capitalisation and cues: titles,
 * greetings and form labels ("Dear", "Mr.", "Billed to:"), chat speakers
 * ("[10:02] Ana: hi"), whole CSV cells, and lists ("A B, C D and E F") once one
 * item is a name. One pass over capitalised words plus one over groups: linear time.
 *
 * @example
 * personRecognizer().find!("Dear Abigail Smith, thanks"); // [{start: 5, end: 18, score: 0.7}]
 */
export function personRecognizer(options: PersonRecognizerOptions = {}): PIIRecognizer {
  const { pairScore = 0.7, cuedScore = 0.65, cellScore = 0.55, aloneScore = 0.3, shapeScore = 0.2 } = options;
  const find = (text: string): PIICandidate[] => {
    const names = options.firstNames ?? firstNameSet();
    const tokens = [...text.matchAll(NAME_TOKEN)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: m[0] }));
    const chat = (text.match(/^\p{Lu}\p{Ll}{1,20}: \p{Ll}/gmu) ?? []).length >= 2;
    const groups: Group[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.start > 0 && /[\p{L}\d-]/u.test(text[t.start - 1])) continue;
      if (text[t.end] === "-") continue; // "Armstrong-upon-Marks" is a town
      if (NOT_NAME.has(t.word) || PLACE_PREFIX.has(t.word) || TITLE_WORD.test(t.word)) continue;
      if (i > 0 && tokens[i - 1].end === t.start - 1 && PLACE_PREFIX.has(tokens[i - 1].word)) continue;
      let j = i;
      while (j + 1 < tokens.length && j - i < 2 && NAME_GAP.test(text.slice(tokens[j].end, tokens[j + 1].start)) &&
        !NOT_NAME.has(tokens[j + 1].word)) j++;
      const end = tokens[j].end;
      const before = text.slice(Math.max(0, t.start - 24), t.start);
      const after = text.slice(end, end + 24);
      if (NOT_PERSON_AFTER.test(after) || /\d{5} $/.test(before)) { i = j; continue; }
      const known = names.has(t.word) || names.has(t.word.split("-")[0]);
      const speaker = after[0] === ":" && (/\] $/.test(before) || (/(?:^|\n)$/.test(before) && (known || chat) && /^: ?\p{Ll}/u.test(after)));
      const cued = CUE_BEFORE.test(before) || CUE_AFTER.test(after) || speaker;
      const cell = j > i && /(?:^|[,;\t\n])$/.test(before) && /^(?:[,;\t]|$)/.test(after.slice(0, 1));
      const score = known && j > i ? pairScore : cued ? cuedScore : cell ? cellScore : known ? aloneScore : j > i ? shapeScore : 0;
      if (score > 0) groups.push({ start: t.start, end, score, pair: j > i });
      i = j;
    }
    // A list of names: a pair joined by ", " or " and " to an accepted name is a name too.
    for (const order of [1, -1]) {
      for (let k = order === 1 ? 1 : groups.length - 2; k >= 0 && k < groups.length; k += order) {
        const g = groups[k], nb = groups[k - order];
        const gap = order === 1 ? text.slice(nb.end, g.start) : text.slice(g.end, nb.start);
        if (g.pair && g.score < cuedScore && nb.score >= cuedScore && LIST_JOINER.test(gap)) g.score = cuedScore;
      }
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
