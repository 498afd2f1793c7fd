// Word lists and cue patterns of the PERSON recogniser (see person-recognizer.ts).

/** A capitalised word, optionally hyphenated ("Schuppe-Nienow") or with an apostrophe ("O'Neil"). */
export const NAME_TOKEN = /\p{Lu}(?:\p{Ll}|['’]\p{Lu})(?:[\p{L}'’]{0,22}\p{L})?(?:-\p{Lu}(?:[\p{L}'’]{0,22}\p{L})?)?/gu;

/** Cue words right before a name: titles, greetings, sign-offs, form labels ("Billed to:"). */
export const CUE_BEFORE = new RegExp("(?:(?<![./@-])\\b(?:" + [
  "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Herr", "Frau", "Mme", "Mlle", "Monsieur",
  "Madame", "Dear", "Hi", "Hello", "Hey", "Attn", "Thanks", "Regards", "Cheers", "Sincerely", "Best", "Name",
  "Full name", "Nom", "Vorname", "Nachname", "Customer", "Patient", "Employee", "Contact", "Kontakt", "Cc", "Bonjour", "Hallo", "Liebe", "Lieber", "Grüßen", "Cordialement", "Reporter", "Attendees",
  "Participants", "Billed to", "Ship to", "Deliver to", "Account holder", "Holder", "Owner", "Author",
  "Assignee", "Recipient", "Guest", "Speaker", "Applicant", "Tenant", "Passenger", "Member",
  "(?:Signed|Sent|Written|Prepared|Approved|Requested|Reported) by", "it's", "it is", "this is", "I'm", "I am",
  "ask for", "met", "je suis", "ich bin",
].join("|") + ")\\b\\.?\"?\\s?[:=]?,?\\s?\"?|\\bM\\. |(?:^|\\n)-- ?\\n|(?:^|\\n)(?:From|To|Cc): (?:\"?))$", "i");

/** Titles: never part of the name itself. */
export const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Monsieur|Madame)$/;

/** Words after a name that make it a name ("Dasia said", "Ana here"). */
export const CUE_AFTER = /^ (?:said|wrote|says|writes|told|asked|replied|called|sent|here|moved|lives|joined|works)\b/;

/** What follows a company or a town rather than a person ("Hayes - Leuschke", "Newton YO3 1CY"). */
export const NOT_PERSON_AFTER = /^(?: - \p{Lu}|,? (?:and Sons|& Sons|& Co|Inc|LLC|Ltd|Group|GmbH|AG|KG|UG|SARL|SASU|SAS|SA|SEM|EURL|SCOP|SNC)\b|, \p{Lu}[\p{L}-]{1,30},? and |,? [A-Z]{2} \d{5}|,? [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b)/u;

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
  "All Everyone Everybody Folks Guys Cheers Best Kind Sincerely My Our Their His Her Steps Host Seen Billed Paid Invoice Ticket Reporter Attendees Next Donations Mirror Kindly").split(" "));

/** What may stand between two parts of one name: a space, or a particle ("van der", "de", "d’"). */
export const NAME_GAP = /^ (?:(?:de|da|di|du|del|della|des|van|von|der|den|le|la|ten|ter|bin|al)(?: der| den| la)? |d['’])?$/;
