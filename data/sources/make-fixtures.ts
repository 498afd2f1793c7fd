// npx tsx data/sources/make-fixtures.ts
// Writes small files in the real formats of the public sources of lab 09 into
// data/sources/fixtures/, and a manifest with every file's SHA-256. Seeded and
// deterministic except for the audio, which needs Debian's espeak-ng, sox and flac at
// build time only (no randomness is used) (apt-get install espeak-ng sox flac); the committed files are what
// the labs and tests read, so nobody else needs those tools.
//   laion/part-00000.parquet         LAION-400M columns, URLs into the link-rot fixture web
//   web/images/*.jpg                 thumbnails the link-rot fixture web serves (from the CC0 photos)
//   cc/CC-MAIN-FIXTURE.warc.gz       WARC 1.1 response records, one gzip member each
//   cc/CC-MAIN-FIXTURE.warc.wet.gz   the WET conversion records of the same pages
//   cc/cdx-00000.cdxj                the CDXJ index of the WARC (SURT key, timestamp, JSON)
//   cc/index.parquet                 the columnar index slice (Common Crawl's column names)
//   madlad/data/<lang>/<lang>_{clean,noisy}_0000.jsonl.gz
//   common-voice/en/{validated.tsv,clips/*.mp3}
//   librispeech/<subset>/<speaker>/<chapter>/{*.flac,<speaker>-<chapter>.trans.txt}
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import sharp from "sharp";
import { WARCRecord, WARCSerializer } from "warcio";
import { DuckDBInstance } from "@duckdb/node-api";
import { createEncoder } from "wasm-media-encoders";
import { projectRoot } from "../../lib/data/project-root";
import { listSamples, samplePath } from "../../lib/data/sample-path";
import { PAGES, LAION_ROWS, LIBRI, CV_CLIPS, MADLAD } from "../../lib/sources/fixture-content";

const root = join(projectRoot(), "data", "sources", "fixtures");
const out = (rel: string) => { const p = join(root, rel); mkdirSync(dirname(p), { recursive: true }); return p; };
const FIXED_DATE = "2024-03-05T14:22:10Z";
/** A record id derived from what the record is, so the WARC bytes are the same on every run. */
const recordId = (...parts: string[]) => {
  const h = createHash("sha256").update(parts.join(" ")).digest("hex");
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}>`;
};

async function webImages(): Promise<void> {
  const photos = listSamples("photos");
  for (const [i, name] of photos.entries()) {
    await sharp(samplePath(name)).resize(160, 120, { fit: "cover" }).jpeg({ quality: 70 }).toFile(out(`web/images/img-${String(i).padStart(2, "0")}.jpg`));
  }
}

async function laion(db: Awaited<ReturnType<DuckDBInstance["connect"]>>): Promise<void> {
  const json = out("laion/rows.tmp.json");
  writeFileSync(json, LAION_ROWS.map((r) => JSON.stringify(r)).join("\n"));
  await db.run(`COPY (SELECT CAST(SAMPLE_ID AS BIGINT) AS SAMPLE_ID, URL, TEXT, CAST(HEIGHT AS DOUBLE) AS HEIGHT, CAST(WIDTH AS DOUBLE) AS WIDTH,
    LICENSE, NSFW, CAST(similarity AS DOUBLE) AS similarity FROM read_json_auto('${json}') ORDER BY SAMPLE_ID)
    TO '${out("laion/part-00000.parquet")}' (FORMAT parquet, COMPRESSION snappy)`);
  rmSync(json);
}

async function commonCrawl(db: Awaited<ReturnType<DuckDBInstance["connect"]>>): Promise<void> {
  const warc: Uint8Array[] = [];
  const wet: Uint8Array[] = [];
  const cdx: string[] = [];
  const index: Record<string, unknown>[] = [];
  let offset = 0;
  for (const [i, p] of PAGES.entries()) {
    const date = new Date(Date.parse(FIXED_DATE) + i * 61_000).toISOString().replace(/\.000Z$/, "Z");
    const html = `<!doctype html><html lang="${p.lang.slice(0, 2)}"><head><meta charset="utf-8"><title>${p.title}</title></head><body><h1>${p.title}</h1><p>${p.text}</p></body></html>`;
    const body = p.status === 200 ? new TextEncoder().encode(html) : new Uint8Array(0);
    const statusText = { 200: "OK", 301: "Moved Permanently", 404: "Not Found" }[p.status];
    const headers: Record<string, string> = { "Content-Type": "text/html; charset=utf-8", ...(p.status === 301 ? { Location: `${p.url}/` } : {}) };
    const rec = WARCRecord.create({ url: p.url, date, type: "response", warcVersion: "WARC/1.1", warcHeaders: { "WARC-Record-ID": recordId("response", p.url) }, statusline: `HTTP/1.1 ${p.status} ${statusText}`, httpHeaders: headers }, [body]);
    const bytes = await WARCSerializer.serialize(rec, { gzip: true });
    warc.push(bytes);
    const host = new URL(p.url).hostname;
    const domain = host.split(".").slice(-2).join(".");
    const surt = `${host.split(".").reverse().join(",")})${new URL(p.url).pathname}`;
    const digest = createHash("sha1").update(body).digest("base64");
    cdx.push(`${surt} ${date.replace(/\D/g, "").slice(0, 14)} ${JSON.stringify({ url: p.url, mime: "text/html", status: String(p.status), digest, length: String(bytes.length), offset: String(offset), filename: "CC-MAIN-FIXTURE.warc.gz", ...(p.status === 200 ? { languages: p.lang } : {}) })}`);
    index.push({ url: p.url, url_host_name: host, url_host_registered_domain: domain, fetch_time: date, fetch_status: p.status,
      content_mime_detected: p.status === 200 ? "text/html" : null, content_languages: p.status === 200 ? p.lang : null,
      warc_filename: "CC-MAIN-FIXTURE.warc.gz", warc_record_offset: offset, warc_record_length: bytes.length, subset: p.status === 200 ? "warc" : "crawldiagnostics" });
    offset += bytes.length;
    if (p.status === 200) {
      const text = `${p.title}\n${p.text}\n`;
      const conv = WARCRecord.create({ url: p.url, date, type: "conversion", warcVersion: "WARC/1.1",
        warcHeaders: { "WARC-Record-ID": recordId("conversion", p.url), "Content-Type": "text/plain", "WARC-Identified-Content-Language": p.lang } }, [new TextEncoder().encode(text)]);
      wet.push(await WARCSerializer.serialize(conv, { gzip: true }));
    }
  }
  writeFileSync(out("cc/CC-MAIN-FIXTURE.warc.gz"), Buffer.concat(warc));
  writeFileSync(out("cc/CC-MAIN-FIXTURE.warc.wet.gz"), Buffer.concat(wet));
  writeFileSync(out("cc/cdx-00000.cdxj"), cdx.sort().join("\n") + "\n");
  const json = out("cc/index.tmp.json");
  writeFileSync(json, index.map((r) => JSON.stringify(r)).join("\n"));
  await db.run(`COPY (SELECT url, url_host_name, url_host_registered_domain, CAST(fetch_time AS TIMESTAMP) AS fetch_time, CAST(fetch_status AS SMALLINT) AS fetch_status,
    content_mime_detected, content_languages, warc_filename, CAST(warc_record_offset AS INTEGER) AS warc_record_offset,
    CAST(warc_record_length AS INTEGER) AS warc_record_length, subset FROM read_json_auto('${json}'))
    TO '${out("cc/index.parquet")}' (FORMAT parquet, COMPRESSION snappy)`);
  rmSync(json);
}

function madlad(): void {
  for (const [lang, docs] of Object.entries(MADLAD)) {
    for (const kind of ["clean", "noisy"] as const) {
      const lines = docs[kind].map((text) => JSON.stringify({ text }));
      // gzip level and mtime are fixed so the bytes are the same on every run
      writeFileSync(out(`madlad/data/${lang}/${lang}_${kind}_0000.jsonl.gz`), gzipSync(lines.join("\n") + "\n", { level: 9 }));
    }
  }
}

/** espeak-ng speaks the text; sox resamples it to mono at `rate` and returns 32-bit float samples. */
function speak(text: string, voice: string, rate: number, wavOut: string): Float32Array {
  const raw = `${wavOut}.espeak.wav`;
  execFileSync("espeak-ng", ["-v", voice, "-s", "150", "-w", raw, text]);
  execFileSync("sox", ["-D", raw, "-r", String(rate), "-c", "1", "-b", "16", wavOut]);
  rmSync(raw);
  const f32 = execFileSync("sox", [wavOut, "-t", "f32", "-"], { maxBuffer: 64 << 20 });
  return new Float32Array(f32.buffer, f32.byteOffset, f32.length / 4);
}

function librispeech(): void {
  for (const s of LIBRI) {
    const dir = out(`librispeech/${s.subset}/${s.speaker}/${s.chapter}/x`).replace(/\/x$/, "");
    const lines: string[] = [];
    s.utterances.forEach((text, u) => {
      const id = `${s.speaker}-${s.chapter}-${String(u).padStart(4, "0")}`;
      const wav = join(dir, `${id}.wav`);
      speak(text.toLowerCase(), s.voice, 16000, wav);
      execFileSync("flac", ["--silent", "--force", "-8", "-o", join(dir, `${id}.flac`), wav]);
      rmSync(wav);
      lines.push(`${id} ${text}`);
    });
    writeFileSync(join(dir, `${s.speaker}-${s.chapter}.trans.txt`), lines.join("\n") + "\n");
  }
}

async function commonVoice(): Promise<void> {
  const lame = readFileSync(require.resolve("wasm-media-encoders/wasm/mp3"));
  const rows = ["client_id\tpath\tsentence\tup_votes\tdown_votes\tage\tgender\taccents\tvariant\tlocale\tsegment"];
  for (const c of CV_CLIPS) {
    const wav = out(`common-voice/en/clips/${c.path}.wav`);
    const samples = speak(c.sentence, c.voice, 48000, wav);
    rmSync(wav);
    const encoder = await createEncoder("audio/mpeg", lame);
    encoder.configure({ channels: 1, sampleRate: 48000, bitrate: 64, outputSampleRate: 48000 } as Parameters<typeof encoder.configure>[0]);
    const head = encoder.encode([samples]).slice();
    const tail = encoder.finalize().slice();
    writeFileSync(out(`common-voice/en/clips/${c.path}`), Buffer.concat([head, tail]));
    const client = createHash("sha512").update(`fixture-speaker-${c.speaker}`).digest("hex");
    rows.push([client, c.path, c.sentence, c.up, c.down, c.age, c.gender, c.accents, "", "en", ""].join("\t"));
  }
  writeFileSync(out("common-voice/en/validated.tsv"), rows.join("\n") + "\n");
}

/** Croissant 1.0 metadata for the LibriSpeech-layout fixture: its files with checksums, and one RecordSet of utterances. */
function croissant(): void {
  const files = LIBRI.map((s) => `librispeech/${s.subset}/${s.speaker}/${s.chapter}/${s.speaker}-${s.chapter}.trans.txt`);
  const doc = {
    "@context": { "@language": "en", "@vocab": "https://schema.org/", cr: "http://mlcommons.org/croissant/", rai: "http://mlcommons.org/croissant/RAI/",
      sc: "https://schema.org/", dct: "http://purl.org/dc/terms/", conformsTo: "dct:conformsTo", recordSet: "cr:recordSet", field: "cr:field",
      fileSet: "cr:fileSet", fileObject: "cr:fileObject", includes: "cr:includes", extract: "cr:extract", fileProperty: "cr:fileProperty",
      column: "cr:column", source: "cr:source", transform: "cr:transform", regex: "cr:regex", dataType: { "@id": "cr:dataType", "@type": "@vocab" } },
    "@type": "sc:Dataset",
    conformsTo: "http://mlcommons.org/croissant/1.0",
    name: "librispeech-fixture",
    description: "Fourteen synthesised utterances in LibriSpeech's layout (Understand Your Data, lab 09).",
    license: "https://opensource.org/licenses/MIT",
    url: "https://huggingface.co/datasets/uyd-workshop/librispeech-fixture",
    citeAs: "Understand Your Data workshop, lab 09 fixtures",
    "rai:dataCollection": "espeak-ng read sentences written for the workshop; one synthetic voice per speaker id.",
    "rai:personalSensitiveInformation": "None: synthetic voices, no real speaker.",
    distribution: [
      ...files.map((f) => ({ "@type": "cr:FileObject", "@id": f, name: f.split("/").pop(), contentUrl: f, encodingFormat: "text/plain",
        sha256: createHash("sha256").update(readFileSync(join(root, f))).digest("hex") })),
      { "@type": "cr:FileSet", "@id": "flac-files", name: "flac-files", includes: "librispeech/*/*/*/*.flac", encodingFormat: "audio/flac" },
    ],
    recordSet: [{
      "@type": "cr:RecordSet", "@id": "utterances", name: "utterances",
      field: [
        { "@type": "cr:Field", "@id": "utterances/audio", name: "audio", dataType: "sc:AudioObject", source: { fileSet: { "@id": "flac-files" }, extract: { fileProperty: "content" } } },
        { "@type": "cr:Field", "@id": "utterances/speaker", name: "speaker", dataType: "sc:Integer",
          source: { fileSet: { "@id": "flac-files" }, extract: { fileProperty: "filename" }, transform: { regex: "^(\\d+)-\\d+-\\d+\\.flac$" } } },
        { "@type": "cr:Field", "@id": "utterances/split", name: "split", dataType: "sc:Text",
          source: { fileSet: { "@id": "flac-files" }, extract: { fileProperty: "fullpath" }, transform: { regex: "^librispeech/([^/]+)/" } } },
      ],
    }],
  };
  writeFileSync(out("librispeech/croissant.json"), JSON.stringify(doc, null, 1) + "\n");
}

function manifest(): void {
  const files: { path: string; bytes: number; sha256: string }[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f !== "manifest.json") files.push({ path: relative(root, p), bytes: statSync(p).size, sha256: createHash("sha256").update(readFileSync(p)).digest("hex") });
    }
  };
  walk(root);
  writeFileSync(join(root, "manifest.json"), JSON.stringify({ made: "npx tsx data/sources/make-fixtures.ts", files }, null, 1) + "\n");
  console.log(`${files.length} files, ${files.reduce((a, f) => a + f.bytes, 0)} bytes`);
}

async function main(): Promise<void> {
  rmSync(root, { recursive: true, force: true });
  const db = await (await DuckDBInstance.create(":memory:")).connect();
  await webImages();
  await laion(db);
  await commonCrawl(db);
  madlad();
  librispeech();
  await commonVoice();
  croissant();
  manifest();
}

main().catch((err) => { console.error(err); process.exit(1); });
