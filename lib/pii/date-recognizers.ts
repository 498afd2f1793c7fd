import type { PIIRecognizer } from "./pii-types";

// Product rule: DATE is a calendar date about a person or an event (a birth date, an
// appointment, a due date), with or without a year. A date joined to a time of day
// ("2024-03-05T14:22:10Z", "05/Mar/2024:14:22:10 +0000", "Mar  5 14:22:10", an e-mail
// `Date:` header) is a TIMESTAMP: off by default, since log lines are full of them and
// redacting them destroys the log, but always run, so that the DATE and TIME inside a
// timestamp give way to it (overlap resolution drops matches lying inside a longer one).
// Bare years, month-year ("March 2024", "03/2024"), card expiry ("08/27") and epoch
// numbers have no pattern here at all.

const EN_MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MON3 = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const DE_MONTH = "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)";
const FR_MONTH = "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
const WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?";
const ORD = "(?:st|nd|rd|th)?";
/** A time of day: hours 0-23, minutes, optional seconds and fraction, optional AM/PM. */
const CLOCK = "(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,9})?)?(?: ?[AaPp]\\.?[Mm]\\b\\.?)?";
/** A time zone after a time: Z, +01:00, +0100, UTC/GMT, "(CEST)". */
const ZONE = "(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d|(?: [+-](?:[01]\\d|2[0-3])[0-5]\\d)?(?: \\(?(?:UTC|GMT|[A-Z]{3,4})\\)?)?| (?:UTC|GMT))?";
const ISO_DAY = "(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])";
const DATE_WORDS = ["date", "born", "birth", "dob", "on", "due", "until", "by", "appointment", "geboren", "né", "née",
  "datum", "le", "am", "bis", "termin", "rendez-vous", "naissance", "geburtsdatum"];
const NOT_DATE = ["version", "ver", "v", "release", "build", "ratio", "order"];

/** Valid day/month pair in either order (US and European numeric dates). */
function dayMonthValid(s: string): boolean {
  const [a, b] = s.split(/[\/.-]/).map(Number);
  const ok = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  return ok(a, b) || ok(b, a);
}

const timestamp = (name: string, pattern: string, extra: Partial<PIIRecognizer> = {}): PIIRecognizer =>
  ({ name, type: "TIMESTAMP", score: 0.9, offByDefault: true, pattern: new RegExp(pattern, "g"), ...extra });

/** Recognisers for dates, times of day and timestamps (a date joined to a time). */
export const dateRecognizers: PIIRecognizer[] = [
  timestamp("timestamp-iso", `(?<![\\w.-])${ISO_DAY}[T ]${CLOCK}${ZONE}(?![\\w]|[:.]\\d)`),
  timestamp("timestamp-clf", `(?<![\\w\\/])(?:0[1-9]|[12]\\d|3[01])\\/${MON3}\\/(?:19|20)\\d{2}:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?: [+-]\\d{4})?(?![\\w]|:\\d)`),
  timestamp("timestamp-syslog", `\\b(?:${WEEKDAY},? )?${MON3} {1,2}(?:[1-9]|[12]\\d|3[01]) (?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?: (?:19|20)\\d{2})?(?![\\w]|:\\d)`),
  timestamp("timestamp-text", `\\b(?:${WEEKDAY},? {1,2})?(?:\\d{1,2}${ORD} ${EN_MONTH}\\.?,? (?:19|20)\\d{2}|${EN_MONTH}\\.? \\d{1,2}${ORD},? (?:19|20)\\d{2}),? ${CLOCK}${ZONE}(?![\\w]|:\\d)`,
    { anchor: { pattern: new RegExp(MON3, "g"), before: 24, after: 60 } }),
  timestamp("timestamp-numeric", `(?<![\\w.\\/-])\\d{1,2}([\\/.-])\\d{1,2}\\1(?:19|20)?\\d{2},? ${CLOCK}${ZONE}(?![\\w]|:\\d)`,
    { validate: (s) => dayMonthValid(s.slice(0, s.search(/[ ,]/))) }),
  {
    name: "date-iso", type: "DATE", score: 0.7,
    pattern: new RegExp(`(?<![\\w.-])${ISO_DAY}(?![\\d-])`, "g"),
    negativeContext: NOT_DATE,
  },
  {
    name: "date-numeric", type: "DATE", score: 0.6,
    pattern: /(?<![\w.\/-])\d{1,2}([\/.-])\d{1,2}\1(?:19|20)?\d{2}(?![\w\/-]|\.\d)/g,
    validate: dayMonthValid,
    context: DATE_WORDS, negativeContext: NOT_DATE,
  },
  {
    name: "date-text", type: "DATE", score: 0.75,
    anchor: { pattern: new RegExp(MON3, "g"), before: 24, after: 30 },
    pattern: new RegExp(`\\b(?:${WEEKDAY},? )?(?:\\d{1,2}${ORD} ${EN_MONTH}\\.?,? \\d{4}|${EN_MONTH}\\.? \\d{1,2}${ORD},? \\d{4})\\b`, "g"),
  },
  {
    // "26 June", "June 26th": no year, so a lower score that a date word lifts.
    name: "date-text-no-year", type: "DATE", score: 0.55,
    anchor: { pattern: new RegExp(MON3, "g"), before: 8, after: 16 },
    pattern: new RegExp(`\\b(?:\\d{1,2}${ORD} ${EN_MONTH}|${EN_MONTH}\\.? \\d{1,2}${ORD})\\b(?![,.]? ?\\d|:\\d)`, "g"),
    context: DATE_WORDS, negativeContext: NOT_DATE,
  },
  {
    // German "5. März 2024", "5. März"; French "5 mars 2024", "1er mai".
    name: "date-text-de-fr", type: "DATE", score: 0.75,
    pattern: new RegExp(`(?<![\\p{L}\\d])(?:\\d{1,2}\\. ?${DE_MONTH}|(?:1er|\\d{1,2}) ${FR_MONTH})(?: (?:19|20)\\d{2})?(?![\\p{L}\\d])`, "gu"),
    negativeContext: NOT_DATE,
  },
  {
    name: "time", type: "TIME", score: 0.6,
    pattern: /(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?: ?[AaPp]\.?[Mm]\b\.?)?(?![\w:]|\.\d)/g,
    context: ["at", "time", "um", "à", "from", "until", "till", "meeting", "call"],
    negativeContext: ["ratio", "score", "verse", "chapter"],
  },
];
