// Makes data/pii/corpus.jsonl: a labelled PII evaluation corpus (seeded, reproducible).
// Run: npx tsx data/pii/make-corpus.ts [--docs 480] [--seed 7]
//      npx tsx data/pii/make-corpus.ts --heldout   (seed 11, held-out templates -> corpus-heldout.jsonl)
//      --out FILE writes elsewhere (tests use it to check the committed files are reproducible).
// Each line: {id, kind, locale, text, spans: [{type, start, end, text}], negatives: [{kind, text}]}.
// Spans are the ground truth; negatives are look-alikes planted on purpose (not PII).
import { writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { Faker, base, de, en, en_GB, en_US, fr } from "@faker-js/faker";
import { btcAddress, card, iban, negatives, ssn } from "./fake-values";
import { ADDRESS_LINE, HELDOUT_TEMPLATES, TEMPLATES } from "./corpus-templates";

type Locale = "en_US" | "en_GB" | "de" | "fr";
const LOCALES = { en_US: [en_US, en, base], en_GB: [en_GB, en, base], de: [de, en, base], fr: [fr, en, base] };
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const p2 = (n: number) => String(n).padStart(2, "0");

function date(f: Faker, locale: Locale, style?: string): string {
  const d = f.date.between({ from: "1950-01-01T00:00:00Z", to: "2024-12-31T00:00:00Z" });
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const s = style ?? f.helpers.arrayElement(["iso", "num", "long", "short"]);
  if (s === "iso") return `${y}-${p2(m)}-${p2(day)}`;
  if (s === "rfc") return `${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
  if (s === "num") return locale === "en_US" ? `${p2(m)}/${p2(day)}/${y}` : locale === "de" ? `${p2(day)}.${p2(m)}.${y}` : `${p2(day)}/${p2(m)}/${y}`;
  if (s === "long") return locale === "en_US" ? `${MONTHS[m - 1]} ${day}, ${y}` : `${day} ${MONTHS[m - 1]} ${y}`;
  return `${day} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
}

function time(f: Faker, locale: Locale): string {
  const h = f.number.int(23), m = f.number.int(59);
  if (locale === "en_US" && f.datatype.boolean()) return `${h % 12 || 12}:${p2(m)} ${h < 12 ? "AM" : "PM"}`;
  return f.datatype.boolean() ? `${p2(h)}:${p2(m)}` : `${p2(h)}:${p2(m)}:${p2(f.number.int(59))}`;
}

/** Fills one template: {TYPE} and {TYPE:style} are labelled PII, {NEG:kind} a hard negative, {CITY} etc. plain. */
function fill(template: string, f: Faker, locale: Locale) {
  let text = "";
  const spans: { type: string; start: number; end: number; text: string }[] = [];
  const negs: { kind: string; text: string }[] = [];
  const person = { first: f.person.firstName(), last: f.person.lastName() };
  for (const part of template.split(/(\{[A-Z_]+(?::[a-z0-9]+)?\})/)) {
    const m = /^\{([A-Z_]+)(?::([a-z0-9]+))?\}$/.exec(part);
    if (!m) { text += part; continue; }
    const [, key, style] = m;
    let value: string;
    let type: string | null = key;
    switch (key) {
      case "PERSON": value = style === "same" ? `${person.first} ${person.last}` : `${f.person.firstName()} ${f.person.lastName()}`; break;
      case "FIRST": value = style === "same" ? person.first : f.person.firstName(); type = "PERSON"; break;
      case "EMAIL": value = style === "same" ? f.internet.email({ firstName: person.first, lastName: person.last }) : f.internet.email(); break;
      case "PHONE": value = style === "intl" ? f.phone.number({ style: "international" }) : f.phone.number(); break;
      case "CREDIT_CARD": value = card(f); break;
      case "IBAN": value = iban(f); break;
      case "IP": value = style === "v6" ? f.internet.ipv6() : f.internet.ipv4(); break;
      case "MAC": value = f.internet.mac(f.helpers.arrayElement([":", ":", "-"])); break;
      case "URL": value = f.internet.url() + (f.datatype.boolean() ? f.system.directoryPath().slice(1) : ""); break;
      case "BTC_ADDRESS": value = btcAddress(f); break;
      case "US_SSN": value = ssn(f); break;
      case "DATE": value = date(f, locale, style); break;
      case "TIME": value = time(f, locale); break;
      case "STREET_ADDRESS": value = f.location.streetAddress(f.datatype.boolean()); break;
      case "PO_BOX": value = locale === "de" ? `Postfach ${f.string.numeric(6)}` : f.helpers.arrayElement(["P.O. Box", "PO Box", "P.O. Box"]) + ` ${f.number.int({ min: 1, max: 99999 })}`; break;
      case "ZIP_CODE": value = f.location.zipCode(); break;
      case "UK_POSTCODE": // Faker's en_GB formats include some that no real postcode has ("PL53 77J")
        do value = f.location.zipCode(); while (!/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(value)); break;
      case "CITY": value = f.location.city(); type = null; break;
      case "STATE": value = f.location.state({ abbreviated: true }); type = null; break;
      case "COMPANY": value = f.company.name(); type = null; break;
      case "NEG": value = negatives[style!](f); type = null; negs.push({ kind: style!, text: value }); break;
      default: throw new Error(`unknown placeholder ${part}`);
    }
    if (type) spans.push({ type, start: text.length, end: text.length + value.length, text: value });
    text += value;
  }
  return { text, spans: mergeTimestamps(text, spans), negatives: negs };
}

/**
 * A DATE directly followed by a TIME ("2004-10-12 21:20", a `Date:` header's "Tue, 29 Nov
 * 1994 9:20 PM +0000") is one TIMESTAMP, zone included: the product rule of detectPII, which
 * reports timestamps only on request. A date and a time joined by words ("on 12 Oct at 9:20") stay apart.
 */
function mergeTimestamps(text: string, spans: { type: string; start: number; end: number; text: string }[]) {
  const out: typeof spans = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i], b = spans[i + 1];
    if (a.type === "DATE" && b?.type === "TIME" && b.start === a.end + 1 && /[ T]/.test(text[a.end])) {
      const zone = /^ [+-]\d{4}/.exec(text.slice(b.end));
      const end = b.end + (zone ? zone[0].length : 0);
      out.push({ type: "TIMESTAMP", start: a.start, end, text: text.slice(a.start, end) });
      i++;
    } else out.push(a);
  }
  return out;
}

function main(argv: string[]): void {
  const arg = (name: string, dflt: number) => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : dflt; };
  const heldout = argv.includes("--heldout");
  const docs = arg("--docs", heldout ? 240 : 480), seed = arg("--seed", heldout ? 11 : 7);
  const templates = heldout ? HELDOUT_TEMPLATES : TEMPLATES;
  const fakers = Object.fromEntries(Object.entries(LOCALES).map(([k, loc], i) => {
    const f = new Faker({ locale: loc }); f.seed(seed * 1000 + i); return [k, f];
  })) as Record<Locale, Faker>;
  const order: Locale[] = ["en_US", "en_US", "en_GB", "de", "fr"];
  const lines: string[] = [];
  for (let i = 0; i < docs; i++) {
    const locale = order[i % order.length];
    const f = fakers[locale];
    const pool = templates.filter((t) => t.locales.includes(locale));
    const tpl = pool[f.number.int(pool.length - 1)];
    const doc = fill(tpl.text.replace(/\{ADDR\}/g, ADDRESS_LINE[locale]), f, locale);
    lines.push(JSON.stringify({ id: `doc-${String(i).padStart(4, "0")}`, kind: tpl.kind, locale, ...doc }));
  }
  const outArg = argv.indexOf("--out");
  const out = outArg >= 0 ? argv[outArg + 1] : join(__dirname, heldout ? "corpus-heldout.jsonl" : "corpus.jsonl");
  writeFileSync(out + ".tmp", lines.join("\n") + "\n");
  renameSync(out + ".tmp", out);
  console.log(`wrote ${lines.length} documents to ${out}`);
}

main(process.argv.slice(2));
