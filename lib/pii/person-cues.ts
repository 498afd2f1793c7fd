// Word lists and cue patterns of the PERSON recogniser (see person-recognizer.ts).

/** A capitalised word, optionally hyphenated ("Schuppe-Nienow") or with an apostrophe ("O'Neil"). */
export const NAME_TOKEN = /\p{Lu}(?:\p{Ll}|['’]\p{Lu})(?:[\p{L}'’]{0,22}\p{L})?(?:-\p{Lu}(?:[\p{L}'’]{0,22}\p{L})?)?/gu;

/** Cue words and two-word phrases right before a name: titles, greetings, sign-offs, form labels. */
const CUE_WORDS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "mme",
  "mlle", "monsieur", "madame", "dear", "hi", "hello", "hey", "attn", "thanks", "regards", "cheers", "sincerely",
  "best", "name", "nom", "vorname", "nachname", "customer", "patient", "employee", "contact", "kontakt", "cc",
  "bonjour", "hallo", "liebe", "lieber", "grüßen", "cordialement", "reporter", "attendees", "participants",
  "holder", "owner", "author", "assignee", "recipient", "guest", "speaker", "applicant", "tenant", "passenger",
  "member", "met", "it's", "i'm", "full name", "billed to", "ship to", "deliver to", "account holder",
  "signed by", "sent by", "written by", "prepared by", "approved by", "requested by", "reported by", "it is",
  "this is", "i am", "ask for", "je suis", "ich bin", "surname", "forename", "first name", "last name",
  "given name", "family name", "prénom", "first_name", "last_name", "full_name", "firstname", "lastname", "bill to",
  "invoice to", "sold to", "emergency contact", "team", "l'équipe", "équipe", "ask", "ping", "merci", "danke",
  "chatting with", "speaking with", "talking to", "follow", "joined by", "with agent"]);
/** Cues that may end in a full stop ("Mr. Smith", "M. Dupont"). */
const ABBREVIATED = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "mme", "mlle", "m"]);
const CUE_PUNCT = " \t\n\":=,.";
/** A letter (any script) or an apostrophe; ASCII is decided without allocating. */
export function isNameChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39;
  return c === "’" || c.toLowerCase() !== c.toUpperCase();
}
/** A name character or "_" (form keys such as `first_name`). */
const isWordChar = (c: string) => c === "_" || isNameChar(c);

function wordBefore(text: string, end: number): string {
  let j = end;
  while (j > 0 && end - j < 20 && isWordChar(text[j - 1])) j--;
  return j > 0 && /[./@\-\w]/.test(text[j - 1]) && text[j - 1] !== " " ? "" : text.slice(j, end);
}

/**
 * True when a cue stands right before `start`: a title or greeting ("Dear", "Mr."),
 * a sign-off ("Regards,"), a form label ("Billed to:", `"name": "`), a header
 * ("From: " at a line start) or an e-mail signature separator ("-- ").
 *
 * @example
 * hasCueBefore("Dear Ann", 5); // true
 */
export function hasCueBefore(text: string, start: number): boolean {
  if (start > 0 && text[start - 1] === "\n" && /(?:^|\n)-- ?\n$/.test(text.slice(Math.max(0, start - 5), start))) return true;
  let i = start;
  while (i > 0 && start - i < 5 && CUE_PUNCT.includes(text[i - 1])) i--;
  if (i === start) return false;
  const punct = text.slice(i, start);
  const w1 = wordBefore(text, i);
  if (!w1) return false;
  const lw = w1.toLowerCase();
  if (w1.length <= 3 && w1 === w1.toUpperCase() && w1 !== "M") return false; // "MS Word" is not "Ms Word"
  if (punct.includes("=")) return false; // an HTML attribute (name="x"), not a form label
  if (punct.includes(".") && !ABBREVIATED.has(lw)) return false;
  if (lw === "m") return punct.startsWith(".") && w1 === "M";
  if ((w1 === "From" || w1 === "To" || w1 === "Cc") && punct.startsWith(":")) {
    const at = i - w1.length;
    return at === 0 || text[at - 1] === "\n";
  }
  if (CUE_WORDS.has(lw)) return true;
  const j = i - w1.length;
  if (j < 2 || text[j - 1] !== " ") return false;
  const w0 = wordBefore(text, j - 1);
  return w0 !== "" && CUE_WORDS.has(`${w0.toLowerCase()} ${lw}`);
}

/** Titles: never part of the name itself. */
export const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Monsieur|Madame)$/;

/** Words after a name that make it a name ("Dasia said", "Ana here"). */
export const CUE_AFTER = /^ (?:said|wrote|says|writes|told|asked|replied|called|sent|moved|lives|joined|works)\b/;

/** What follows a company or a town rather than a person ("Hayes - Leuschke", "Newton YO3 1CY"). */
export const NOT_PERSON_AFTER = /^(?: - \p{Lu}| \d{1,3}\.\d|,? (?:and Sons|& Sons|& Co|Inc|LLC|Ltd|Group|GmbH|AG|KG|UG|SARL|SASU|SAS|SA|SEM|EURL|SCOP|SNC|Company|Corporation|Corp|Technologies|Systems|Labs|Holdings|Foundation|Motors)\b|, \p{Lu}[\p{L}-]{1,30},? and |,? [A-Z]{2} \d{5}|,? [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b)/u;

/** Place-name prefixes: "South Hannah" is a town, not Hannah. */
export const PLACE_PREFIX = new Set("North South East West New Old Upper Lower Great Little Port Fort Lake Mount Saint St Glen Royal Upton".split(" "));

/** Joiners of a list of names: "A B, C D and E F". */
export const LIST_JOINER = /^(?:, | and | & |, and | und | et | y )$/;

/** Capitalised words that never start or continue a name (function words, months, headers...). */
export const NOT_NAME = new Set(("The And Or But Of In On At To For From With By Is Are Was Were Be Has Have " +
  "Inc Ltd Llc Corp Co Gmbh GmbH Ag Sa Plc Street Avenue Road Lane Drive Court Boulevard Way Place Square " +
  "January February March April May June July August September October November December Monday " +
  "Tuesday Wednesday Thursday Friday Saturday Sunday Hi Hello Dear Thanks Regards Please Apt Suite " +
  "Unit Box Team Support Department University College School Bank Group Company Services " +
  "Email Mail Subject Date Cc Phone Telephone Address Name Customer Note Notes Error Warning Info " +
  "Debug Re Fwd Tel Fax Url Web Website Ssn Iban Card Full Mailing Postal Signed Questions Docs Item " +
  "Part Build Release Checksum Reference Wallet Verification Offer Visit Send Make Log Your We This " +
  "Received Precedence Delivered-To Content-Type Reply-To Errors-To Return-Path Sender Organization " +
  "References In-Reply-To User-Agent Status Priority Importance Mime-Version Message-Id " +
  "Content-Transfer-Encoding Content-Disposition Content-Length Sent Mobile Office Home Work Fax Cell " +
  "Reader Readers Subscriber Subscribers Customers Friend Friends Members Important Internet Users Group Linux " +
  "Irish British American European International National " +
  "Agent Kundin Kunde Client Cliente Bot System User Moderator Interviewer Operator Admin Assistant Caller Speaker " +
  "Guest Company Corporation Technologies Surname Forename Prénom Nom Vorname Nachname Transcript Meet About Press " +
  "Version Order Total Bestellung Rechnung Facture Commande Menge Anmeldung Inscription Application Patient Emergency " +
  "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Follow Guten Contact Kontakt Merci Danke Bonjour Hallo Yes No Morning Good Done Fine Release Ports Paid Pay Bill Due " +
  "That What Which Who It He She They You I Time Here There Any Every Click All Everyone Everybody Folks Guys Cheers Best Kind Sincerely My Our Their His Her Steps Host Seen Billed Paid Invoice Ticket Reporter Attendees Next Donations Mirror Kindly").split(" "));

/** What may stand between two parts of one name: a space, or a particle ("van der", "de", "d’"). */
export const NAME_GAP = /^ (?:(?:de|da|di|du|del|della|des|van|von|der|den|le|la|ten|ter|bin|al)(?: der| den| la)? |d['’])?$/;
