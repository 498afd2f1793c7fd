import type { PIICandidate, PIIRecognizer } from "./pii-types";
import { firstNameSet } from "./first-name-set";

/** A capitalised word, optionally hyphenated ("Schuppe-Nienow") or with an apostrophe ("O'Neil"). */
const TOKEN = /\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’]{0,23}(?:-\p{Lu}[\p{L}'’]{1,23})?/gu;
/** Cue words right before a name ("Dear", "Mr.", "Regards,"). */
const TITLE = /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Monsieur|Madame|Dear|Hi|Hello|Hey|Attn|Thanks|Regards|Cheers|Sincerely|Best|Name|Nom|Vorname|Nachname|Customer|Patient|Employee|Contact|Kontakt|From|Cc|Bonjour|Hallo|Liebe|Lieber|Grüßen|Cordialement)\b\.?:?,?\s?|\bM\. |\bask for |\bmet |(?:^|\n)-- ?\n)$/i;
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Monsieur|Madame)$/;
/** Capitalised words that never start or continue a name. */
const NOT_NAME = new Set(("The And Or But Of In On At To For From With By Is Are Was Were Be Has Have " +
  "Inc Ltd Llc Corp Co Gmbh GmbH Ag Sa Plc Street Avenue Road Lane Drive Court Boulevard Way Place Square " +
  "January February March April May June July August September October November December Monday " +
  "Tuesday Wednesday Thursday Friday Saturday Sunday Hi Hello Dear Thanks Regards Please Apt Suite " +
  "Unit Box Team Support Department University College School Bank Group Company Services " +
  "Email Mail Subject Date Cc Phone Telephone Address Name Customer Note Notes Error Warning Info " +
  "Debug Re Fwd Tel Fax Url Web Website Ssn Iban Card Full Mailing Postal Signed Questions Docs Item " +
  "Part Build Release Checksum Reference Wallet Verification Offer Visit Send Make Log Your We This").split(" "));

/** What follows a company or a town rather than a person ("Hayes - Leuschke", "Newton YO3 1CY"). */
const NOT_PERSON_AFTER = /^(?: - \p{Lu}|,? (?:and Sons|and|&|Inc|LLC|Ltd|Group|GmbH|AG|KG|UG|SARL|SASU|SAS|SA|SEM|EURL|SCOP|SNC)\b|, \p{Lu}[\p{L}-]{1,30},? and |,? [A-Z]{2} \d{5}|,? [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b)/u;
/** Verbs after a name that make it a name ("Dasia said"). */
const SAID_AFTER = /^ (?:said|wrote|says|writes|told|asked|replied|called|sent)\b/;

/** Place-name prefixes: "South Hannah" is a town, not Hannah. */
const PLACE_PREFIX = new Set("North South East West New Old Upper Lower Great Little Port Fort Lake Mount Saint St Glen Royal Upton".split(" "));

/** Options of {@link personRecognizer}. */
export interface PersonRecognizerOptions {
  /** Known first names (default: the bundled English lists, see `firstNameSet`). */
  firstNames?: Set<string>;
  /** Score of "Known-first-name Capitalised" (default 0.7). */
  pairScore?: number;
  /** Score after a title or greeting, or as a chat speaker "Name:" (default 0.65). */
  cuedScore?: number;
  /** Score of two capitalised words filling a whole CSV cell (default 0.55). */
  cellScore?: number;
  /** Score of a known first name on its own (default 0.3; context words can lift it). */
  aloneScore?: number;
}

/**
 * Finds person names from a first-name list, capitalisation and cues: titles and
 * greetings ("Dear", "Mr.", "Regards,"), chat speakers ("[10:02] Ana: hi") and whole
 * CSV cells. One pass over capitalised words: linear time.
 *
 * @example
 * personRecognizer().find!("Dear Abigail Smith, thanks"); // [{start: 5, end: 18, score: 0.7}]
 */
export function personRecognizer(options: PersonRecognizerOptions = {}): PIIRecognizer {
  const { pairScore = 0.7, cuedScore = 0.65, cellScore = 0.55, aloneScore = 0.3 } = options;
  const find = (text: string): PIICandidate[] => {
    const names = options.firstNames ?? firstNameSet();
    const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: m[0] }));
    const out: PIICandidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.start > 0 && /[\p{L}\d-]/u.test(text[t.start - 1])) continue;
      if (text[t.end] === "-") continue; // "Armstrong-upon-Marks" is a town
      if (NOT_NAME.has(t.word) || PLACE_PREFIX.has(t.word) || TITLE_WORD.test(t.word)) continue;
      if (i > 0 && tokens[i - 1].end === t.start - 1 && PLACE_PREFIX.has(tokens[i - 1].word)) continue;
      let j = i;
      while (j + 1 < tokens.length && j - i < 2 && text.slice(tokens[j].end, tokens[j + 1].start) === " " &&
        !NOT_NAME.has(tokens[j + 1].word)) j++;
      const end = tokens[j].end;
      const before = text.slice(Math.max(0, t.start - 14), t.start);
      const after = text.slice(end, end + 24);
      if (NOT_PERSON_AFTER.test(after) || /\d{5} $/.test(before)) { i = j; continue; }
      const cued = TITLE.test(before) || SAID_AFTER.test(after) || (/\] $/.test(before) && after[0] === ":") ||
        (/(?:^|\n)$/.test(before) && /^: ?\p{Ll}/u.test(after));
      const cell = j > i && /(?:^|[,;\t\n])$/.test(before) && /^(?:[,;\t]|$)/.test(after.slice(0, 1));
      const known = names.has(t.word) || names.has(t.word.split("-")[0]);
      const score = known && j > i ? pairScore : cued ? cuedScore : cell ? cellScore : known ? aloneScore : 0;
      if (score === 0) continue;
      out.push({ start: t.start, end, score });
      i = j;
    }
    return out;
  };
  return {
    name: "person", type: "PERSON", find,
    context: ["name", "dear", "hi", "hello", "thanks", "regards", "cheers", "mr", "mrs", "ms", "dr",
      "wrote", "said", "met", "called", "contact", "nom", "herr", "frau"],
  };
}
