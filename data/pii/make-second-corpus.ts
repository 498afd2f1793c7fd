// Makes data/pii/corpus-second.jsonl: a second labelled PII corpus from NEW templates
// (data/pii/second-templates.ts: chats, transcripts, bios, team pages, CSV exports, logs,
// invoices, forms; EN/DE/FR), one document in five a hard negative that holds only
// look-alikes (timestamps, prices, SKUs, order and tracking numbers, IP-like versions,
// ports, VAT ids, ISBNs, UUIDs, masked cards, expiry dates, years, month-years).
// Run: npx tsx data/pii/make-second-corpus.ts [--docs 400] [--seed 23] [--out FILE]
// Each line: {id, kind, locale, hardNegative, text, spans: [{type, start, end, text}], negatives: [{kind, text}]}.
// TIMESTAMP spans (a date joined to a time of day) are labelled but detectPII leaves that type off by default.
import { writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { Faker, base, de, en, en_GB, en_US, fr } from "@faker-js/faker";
import { btcAddress, card, iban, negatives, ssn } from "./fake-values";
import { SECOND_TEMPLATES } from "./second-templates";

type Locale = "en_US" | "en_GB" | "de" | "fr";
const LOCALES = { en_US: [en_US, en, base], en_GB: [en_GB, en, base], de: [de, en, base], fr: [fr, en, base] };
const MONTHS: Record<string, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};
const EN_MON = MONTHS.en.map((m) => m.slice(0, 3));
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const p2 = (n: number) => String(n).padStart(2, "0");
const lang = (l: Locale) => (l === "de" || l === "fr" ? l : "en");

const COMPANIES = ["Johnson & Johnson", "Ben & Jerry's", "Wendy's", "Dell Technologies", "Ford Motor Company", "Harley-Davidson",
  "Marks & Spencer", "Sainsbury's", "Hugo Boss", "Ernst & Young", "Procter & Gamble", "Deutsche Bahn", "Carrefour", "Peugeot",
  "Michelin", "L'Oréal", "Adidas", "Porsche", "Mercedes-Benz", "Tesla"];
const PRODUCTS = ["Alexa", "Siri", "Watson", "Cortana", "Jasper", "Firefox", "Thunderbird", "Photoshop", "Excel", "Kubernetes",
  "Clara Pro", "Victoria Sync", "Oscar Hub"];
const TOWNS = ["Florence", "Charlotte", "Eugene", "Victoria", "Adelaide", "Augusta", "Marion", "Elizabeth", "Santa Clara",
  "San Jose", "St. Helena", "Saint-Denis", "Sainte-Marie", "Louisville", "Jacksonville", "Allentown", "Saint-Étienne", "Marienberg"];

function when(f: Faker) {
  const d = f.date.between({ from: "1950-01-01T00:00:00Z", to: "2025-12-31T00:00:00Z" });
  return { d, y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, day: d.getUTCDate(), h: f.number.int(23), min: f.number.int(59), s: f.number.int(59) };
}

function date(f: Faker, locale: Locale, style = "num"): string {
  const { y, m, day } = when(f);
  const names = MONTHS[lang(locale)];
  if (style === "iso") return `${y}-${p2(m)}-${p2(day)}`;
  if (style === "num") return locale === "en_US" ? `${p2(m)}/${p2(day)}/${y}` : locale === "de" ? `${p2(day)}.${p2(m)}.${y}` : `${p2(day)}/${p2(m)}/${y}`;
  const dm = locale === "en_US" ? `${names[m - 1]} ${day}` : locale === "de" ? `${day}. ${names[m - 1]}` : `${day} ${names[m - 1]}`;
  if (style === "dm") return dm;
  return locale === "en_US" ? `${dm}, ${y}` : `${dm} ${y}`; // long
}

function timestamp(f: Faker, style = "iso"): string {
  const { d, y, m, day, h, min, s } = when(f);
  const hms = `${p2(h)}:${p2(min)}:${p2(s)}`;
  const zone = f.helpers.arrayElement(["+0000", "+0100", "+0200", "-0500"]);
  if (style === "iso") return `${y}-${p2(m)}-${p2(day)}T${hms}${f.helpers.arrayElement(["Z", ".123Z", "+01:00", ""])}`;
  if (style === "isospace") return `${y}-${p2(m)}-${p2(day)} ${hms}`;
  if (style === "clf") return `${p2(day)}/${EN_MON[m - 1]}/${y}:${hms} ${zone}`;
  if (style === "syslog") return `${EN_MON[m - 1]} ${String(day).padStart(2, " ")} ${hms}`;
  return `${DAYS[d.getUTCDay()]}, ${p2(day)} ${EN_MON[m - 1]} ${y} ${hms} ${zone}`; // rfc
}

function time(f: Faker, locale: Locale): string {
  const h = f.number.int(23), m = f.number.int(59);
  if (locale === "en_US" && f.datatype.boolean()) return `${h % 12 || 12}:${p2(m)} ${h < 12 ? "AM" : "PM"}`;
  return `${p2(h)}:${p2(m)}`;
}

/** Look-alikes that are not personal data (on top of the first corpus's `negatives`). */
function negative(f: Faker, locale: Locale, kind: string): string {
  switch (kind) {
    case "tracking": return f.helpers.arrayElement([`1Z${f.string.alphanumeric({ length: 16, casing: "upper" })}`, f.string.numeric(12), `JJD${f.string.numeric(18)}`]);
    case "masked": return f.helpers.arrayElement([`**** **** **** ${f.string.numeric(4)}`, `XXXX-XXXX-XXXX-${f.string.numeric(4)}`, `•••• ${f.string.numeric(4)}`, `${f.string.numeric(4)}********${f.string.numeric(4)}`]);
    case "expiry": return `${p2(f.number.int({ min: 1, max: 12 }))}/${p2(f.number.int({ min: 24, max: 33 }))}`;
    case "price": {
      const v = f.number.float({ min: 1, max: 9999, fractionDigits: 2 }).toFixed(2);
      if (locale === "de" || locale === "fr") return f.helpers.arrayElement([`${v.replace(".", ",")} €`, `${v.replace(".", ",")} EUR`, `€${v}`]);
      return f.helpers.arrayElement([`$${v}`, `£${v}`, `USD ${v}`]);
    }
    case "version": return `${f.number.int({ min: 1, max: 12 })}.${f.number.int(30)}.${f.number.int(99)}.${f.number.int(250)}`;
    case "port": return String(f.helpers.arrayElement([f.number.int({ min: 1024, max: 9999 }), f.number.int({ min: 10000, max: 65535 })]));
    case "vat": return f.helpers.arrayElement([`DE${f.string.numeric(9)}`, `FR${f.string.numeric(11)}`, `GB${f.string.numeric(9)}`, `ATU${f.string.numeric(8)}`]);
    case "uuid": return f.string.uuid();
    case "year": return String(f.number.int({ min: 1960, max: 2025 }));
    case "monthyear": {
      const m = f.number.int({ min: 1, max: 12 }), y = f.number.int({ min: 2000, max: 2030 });
      return f.helpers.arrayElement([`${MONTHS[lang(locale)][m - 1]} ${y}`, `${p2(m)}/${y}`]);
    }
    case "qty": return String(f.helpers.arrayElement([f.number.int({ min: 10000, max: 99999 }), f.number.int({ min: 10000, max: 99999 }), f.number.int({ min: 2, max: 999 })]));
    case "company": return f.helpers.arrayElement(COMPANIES);
    case "product": return f.helpers.arrayElement(PRODUCTS);
    case "town": return f.helpers.arrayElement(TOWNS);
    default: return negatives[kind](f);
  }
}

interface Span { type: string; start: number; end: number; text: string }

function fill(template: string, f: Faker, locale: Locale) {
  let text = "";
  const spans: Span[] = [], negs: { kind: string; text: string }[] = [];
  const people = new Map<string, { first: string; last: string }>();
  const who = (key?: string) => {
    if (!key) return { first: f.person.firstName(), last: f.person.lastName() };
    if (!people.has(key)) people.set(key, { first: f.person.firstName(), last: f.person.lastName() });
    return people.get(key)!;
  };
  for (const part of template.split(/(\{[A-Z_]+(?::[a-z0-9]+)?\})/)) {
    const m = /^\{([A-Z_]+)(?::([a-z0-9]+))?\}$/.exec(part);
    if (!m) { text += part; continue; }
    const [, key, style] = m;
    let value: string, type: string | null = key;
    switch (key) {
      case "PERSON": { const p = who(style); value = `${p.first} ${p.last}`; break; }
      case "FIRST": value = who(style).first; type = "PERSON"; break;
      case "LAST": value = who(style).last; type = "PERSON"; break;
      case "EMAIL": { const p = style ? who(style) : null; value = p ? f.internet.email({ firstName: p.first, lastName: p.last }) : f.internet.email(); break; }
      case "PHONE": value = f.phone.number(); break;
      case "CREDIT_CARD": value = card(f); break;
      case "IBAN": value = iban(f); break;
      case "IP": value = style === "v6" ? f.internet.ipv6() : f.internet.ipv4(); break;
      case "URL": value = f.internet.url(); break;
      case "BTC_ADDRESS": value = btcAddress(f); break;
      case "US_SSN": value = ssn(f); break;
      case "DATE": value = date(f, locale, style); break;
      case "TIME": value = time(f, locale); break;
      case "TIMESTAMP": value = timestamp(f, style); break;
      case "STREET_ADDRESS": value = f.location.streetAddress(); break;
      case "UK_POSTCODE": do value = f.location.zipCode(); while (!/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(value)); break;
      case "ZIP_CODE":
        if (locale === "en_GB") { do value = f.location.zipCode(); while (!/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(value)); type = "UK_POSTCODE"; break; }
        value = locale === "en_US" ? f.location.zipCode("#####") : f.location.zipCode();
        if (style === "prefixed") value = `${locale === "fr" ? "F" : "D"}-${value}`;
        break;
      case "CITY": value = f.location.city(); type = null; break;
      case "STATE": value = f.location.state({ abbreviated: true }); type = null; break;
      case "COMPANY": value = f.company.name(); type = null; break;
      case "NEG": value = negative(f, locale, style!); type = null; negs.push({ kind: style!, text: value }); break;
      default: throw new Error(`unknown placeholder ${part}`);
    }
    if (type) spans.push({ type, start: text.length, end: text.length + value.length, text: value });
    text += value;
  }
  return { text, spans, negatives: negs };
}

function main(argv: string[]): void {
  const arg = (name: string, dflt: number) => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : dflt; };
  const docs = arg("--docs", 400), seed = arg("--seed", 23);
  const fakers = Object.fromEntries(Object.entries(LOCALES).map(([k, loc], i) => {
    const f = new Faker({ locale: loc }); f.seed(seed * 1000 + i); return [k, f];
  })) as Record<Locale, Faker>;
  const order: Locale[] = ["en_US", "en_GB", "de", "fr"];
  const lines: string[] = [];
  for (let i = 0; i < docs; i++) {
    const locale = order[i % order.length];
    const f = fakers[locale];
    const hardNegative = i % 5 === 4;
    const pool = SECOND_TEMPLATES.filter((t) => t.locales.includes(locale) && !!t.hardNegative === hardNegative);
    const tpl = pool[f.number.int(pool.length - 1)];
    const doc = fill(tpl.text, f, locale);
    lines.push(JSON.stringify({ id: `second-${String(i).padStart(4, "0")}`, kind: tpl.kind, locale, hardNegative, ...doc }));
  }
  const outArg = argv.indexOf("--out");
  const out = outArg >= 0 ? argv[outArg + 1] : join(__dirname, "corpus-second.jsonl");
  writeFileSync(out + ".tmp", lines.join("\n") + "\n");
  renameSync(out + ".tmp", out);
  console.log(`wrote ${lines.length} documents to ${out}`);
}

main(process.argv.slice(2));
