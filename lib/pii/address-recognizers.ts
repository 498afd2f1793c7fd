import type { PIICandidate, PIIRecognizer } from "./pii-types";
import { csvCells } from "./csv-cells";

/** English street types (USPS suffix abbreviations and UK road names), longest first in the regex. */
const EN_SUFFIXES = ("Street St Avenue Ave Av Road Rd Lane Ln Drive Dr Court Ct Boulevard Blvd Way " +
  "Place Pl Square Sq Terrace Ter Circle Cir Parkway Pkwy Highway Hwy Trail Trl Alley Crescent Cres " +
  "Close Grove Gardens Gdns Mews Row Walk Wharf Yard Hill Hills Green Park Parade Rise Vale View " +
  "Heights Path Pike Loop Run Pass Plaza Point Pt Ridge Ridges Shore Shores Spring Springs Station " +
  "Summit Turnpike Tpke Valley Village Ville Vista Ways Well Wells Brook Brooks Bypass Causeway " +
  "Center Centre Common Commons Copse Corner Corners Creek Crossing Crossroad Dale Dam Divide Estate " +
  "Estates Expressway Extension Falls Ferry Field Fields Flat Flats Ford Forest Forge Fork Fort " +
  "Freeway Garden Gateway Glen Haven Harbor Harbour Hollow Inlet Island Isle Junction Key Knoll Lake " +
  "Lakes Landing Lodge Manor Meadow Meadows Mill Mills Mission Motorway Mount Mountain Orchard Oval " +
  "Pine Pines Plain Plains Port Prairie Ranch Rapids Rest Route Skyway Spur Stream Street Throughway " +
  "Trace Track Tunnel Underpass Union Via Viaduct Villa Wall End Gate Side Approach Bank Bottom Broadway " +
  "Burg Bluff Bluffs Branch Bridge Camp Canyon Cape Cliff Cliffs Club Cove Coves Curve Drives Ext " +
  "Grounds Harbors Lights Loaf Locks Mall Mountains Neck Overpass Radial Ramp Squares Streets Views Crest " +
  "Garth Glade Paddock Croft Chase Brae Fold Leys Nook Spinney Wynd Drove Dene Lea Keys Shoal Shoals Fords " +
  "Forks Burgs Courts Walks Ville Lawn Circus Embankment Gate Hey Meadow Quay Reach Hollow Glen Grange Ridgeway")
  .split(" ").sort((a, b) => b.length - a.length).join("|");
/** French voie types, placed before the name. */
const FR_TYPES = "Rue|Avenue|Boulevard|Place|Quai|Allée|Impasse|Chemin|Route|Cours|Passage|Square|Voie|Rond-point|Faubourg|Parvis|Sentier";
/** German street endings glued to the name ("Burgstraße") and as a word of their own ("Am Wambacher Hof"). */
const DE_GLUED = "straße|strasse|str\\.|weg|allee|platz|gasse|damm|ufer|chaussee|steig|pfad|graben|stieg|kamp|winkel|hof|markt|höhe";
const DE_WORDS = "Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Hof|Markt|Berg|Feld|Garten|Park|Tor|Wall|Brücke|Tal|Wiese|Anger|Steig|Pfad|Graben|Kamp|Winkel|Höhe|Grund|Siedlung|Promenade";
const DE_PREFIX = "(?:(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Hinter der|Unter den|Vor dem|Alte|Alter|Neue|Neuer) )";
const SECONDARY = "(?:,? (?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|Floor|Fl\\.?|Zimmer|Wohnung|#) ?[\\dA-Z][\\dA-Za-z-]{0,5}|,? \\d{1,2}(?:e|\\.)? ?(?:OG|étage|Etage|Stock))?";
const CAP = "\\p{Lu}[\\p{L}'’.-]{0,24}";
/** A capitalised word that is not the start of a secondary unit ("Apt. 5"). */
const NAME_WORD = `(?!(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Zimmer|Wohnung)\\b)${CAP}`;
const STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR";
const POSTAL_WORDS = ["zip", "zipcode", "postal", "postcode", "plz", "code postal", "cp", "address", "adresse", "anschrift"];
const NOT_POSTAL = ["order", "invoice", "ref", "ticket", "id", "account", "case", "#", "no.", "number", "sku", "pin"];

/** A town after a postal code: capitalised words, with "sur", "am", "bei"... between them ("Frankfurt am Main", "Saint-Étienne"). */
const TOWN = "\\p{Lu}[\\p{L}'’.-]{1,30}(?: (?:(?:sur|sous|lès|en|de|la|le|am|an der|bei|im|ob der|vor der) )?\\p{Lu}[\\p{L}'’.-]{0,30}){0,3}";
const ZIP_COLUMN = /^(?:zip|zip[ _-]?code|zipcode|postcode|post[ _-]?code|postal[ _-]?code|plz|cp|code[ _-]?postal|npa)$/;

/** ZIP codes in a table's postcode column ("zip", "plz", "code postal"). */
function zipCells(text: string): PIICandidate[] {
  return csvCells(text).filter((c) => ZIP_COLUMN.test(c.column) && /^\d{5}(?:-\d{4})?$/.test(text.slice(c.start, c.end)))
    .map((c) => ({ start: c.start, end: c.end, score: 0.85 }));
}

/** Recognisers for postal addresses: street lines, PO boxes, ZIP codes and UK postcodes. */
export const addressRecognizers: PIIRecognizer[] = [
  {
    name: "street-en", type: "STREET_ADDRESS", score: 0.75,
    anchor: { pattern: /\d[A-Za-z]? [\p{Lu}\d]/gu, before: 6, after: 160 },
    pattern: new RegExp(`(?<![\\w-])\\d{1,5}[A-Za-z]? (?:[\\p{Lu}\\d][\\p{L}\\d'’-]{0,24} ){0,4}(?:${EN_SUFFIXES})s?\\.?${SECONDARY}(?![\\p{L}\\d])`, "gu"),
    context: ["address", "live", "lives", "located", "ship", "deliver", "street", "mail to"],
  },
  {
    name: "street-fr", type: "STREET_ADDRESS", score: 0.75,
    anchor: { pattern: new RegExp(`\\d,? (?:${FR_TYPES}) `, "g"), before: 12, after: 150 },
    pattern: new RegExp(`(?<![\\w-])\\d{1,4}(?: ?(?:bis|ter))?,? (?:${FR_TYPES}) (?:(?:de la|de l'|du|des|de|d'|la|le|les) ?)?${NAME_WORD}(?: ${NAME_WORD}){0,3}${SECONDARY}(?![\\p{L}\\d])`, "gu"),
  },
  {
    name: "street-de", type: "STREET_ADDRESS", score: 0.75,
    anchor: { pattern: /[\p{L}.] \d/gu, before: 110, after: 40 },
    pattern: new RegExp(`(?<![\\p{L}\\d-])${DE_PREFIX}?(?:(?:${CAP} ){0,2}\\p{Lu}[\\p{L}-]{1,30}?(?:${DE_GLUED}|-(?:${DE_WORDS}))|(?:${CAP} ){1,2}(?:${DE_WORDS})) \\d{1,4}[a-z]?${SECONDARY}(?![\\p{L}\\d])`, "gu"),
  },
  {
    name: "street-de-prefix", type: "STREET_ADDRESS", score: 0.7,
    anchor: { pattern: /\p{L} \d/gu, before: 110, after: 40 },
    pattern: new RegExp(`(?<![\\p{L}\\d-])${DE_PREFIX}(?:${CAP} ){0,2}${CAP} \\d{1,4}[a-z]?${SECONDARY}(?![\\p{L}\\d])`, "gu"),
  },
  {
    name: "po-box", type: "PO_BOX", score: 0.9,
    pattern: /\b(?:P\.? ?O\.? ?Box|Post Office Box|PO Box|POB|Postfach|Boîte postale|B\.P\.) ?#? ?\d{1,7}\b/gi,
  },
  {
    name: "zip-after-state", type: "ZIP_CODE", score: 0.85,
    pattern: new RegExp(`\\b(?:${STATES}),? (\\d{5}(?:-\\d{4})?)(?![\\w-])`, "g"), group: 1,
  },
  {
    // German and French codes in an address line: "10117 Berlin", "69003 Lyon", "D-50667 Köln",
    // at a line start or after a comma, the town (1-4 words) not running on into more capitalised words or digits.
    name: "zip-de-fr", type: "ZIP_CODE", score: 0.8,
    pattern: new RegExp(`(?<=(?:^|[\\n,(]) ?)(?:[DF]-)?\\d{5}(?= ${TOWN}(?![\\p{L}\\d'’-]| \\p{Lu}| \\d))`, "gu"),
    negativeContext: NOT_POSTAL,
  },
  {
    // "D-50667 Köln" anywhere: the country prefix is an address cue by itself.
    name: "zip-prefixed", type: "ZIP_CODE", score: 0.75,
    pattern: /(?<![\w-])(?:D|F|DE|FR)-\d{5}(?= \p{Lu})/gu,
  },
  {
    name: "zip-before-city", type: "ZIP_CODE", score: 0.35,
    pattern: /(?<![\w.,:#-])\d{5}(?= \p{Lu}\p{Ll})/gu,
    context: POSTAL_WORDS, negativeContext: NOT_POSTAL,
  },
  {
    name: "zip-column", type: "ZIP_CODE", score: 0.85, find: zipCells,
  },
  {
    name: "zip-context", type: "ZIP_CODE", score: 0.2,
    pattern: /(?<![\w.,:#-])\d{5}(?:-\d{4})?(?![\w-]|[.,]\d)/g,
    context: POSTAL_WORDS, negativeContext: NOT_POSTAL,
  },
  {
    name: "uk-postcode", type: "UK_POSTCODE", score: 0.75,
    pattern: /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g,
    context: ["postcode", "post code", "address", "uk", "london"],
  },
];
