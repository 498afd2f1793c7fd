// Every reader of lab 09 on its fixture (the real format, made by
// data/sources/make-fixtures.ts) and on a damaged copy: clear error, nothing lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import * as aq from "arquero";
import { projectRoot } from "../../lib/data/project-root";
import { decodeAudioFile } from "../../lib/sources/decode-audio-file";
import { queryFiles } from "../../lib/sources/query-files";
import { readCommonVoice } from "../../lib/sources/read-common-voice";
import { readJsonl } from "../../lib/sources/read-jsonl";
import { readLibriSpeech } from "../../lib/sources/read-librispeech";
import { readParquet } from "../../lib/sources/read-parquet";
import { readWarcRecord, readWarcRecords, streamWarcRecords } from "../../lib/sources/read-warc-record";
import { LAION_ROWS, LIBRI, PAGES } from "../../lib/sources/fixture-content";

const fx = (...p: string[]) => join(projectRoot(), "data", "sources", "fixtures", ...p);
const tmp = () => mkdtempSync(join(tmpdir(), "uyd-src-"));
const cut = (src: string, keep: number | ((n: number) => number)) => {
  const b = readFileSync(src);
  const p = join(tmp(), src.split("/").pop()!);
  writeFileSync(p, b.subarray(0, typeof keep === "number" ? keep : keep(b.length)));
  return p;
};

test("the fixtures are byte for byte the ones their manifest records", () => {
  const { files } = JSON.parse(readFileSync(fx("manifest.json"), "utf8")) as { files: { path: string; sha256: string }[] };
  assert.ok(files.length >= 40);
  for (const f of files) assert.equal(createHash("sha256").update(readFileSync(fx(f.path))).digest("hex"), f.sha256, f.path);
  const sources = readFileSync(join(projectRoot(), "data", "SOURCES.md"), "utf8");
  assert.ok(sources.includes(createHash("sha256").update(readFileSync(fx("manifest.json"))).digest("hex")), "SOURCES.md names the manifest's checksum");
});

test("readParquet reads the LAION-style file with its columns and rows, and refuses a cut one", async () => {
  const t = await readParquet(fx("laion", "part-00000.parquet"));
  assert.deepEqual(t.columnNames(), ["SAMPLE_ID", "URL", "TEXT", "HEIGHT", "WIDTH", "LICENSE", "NSFW", "similarity"]);
  assert.equal(t.numRows(), LAION_ROWS.length);
  assert.deepEqual(t.array("URL"), LAION_ROWS.map((r) => r.URL));
  assert.equal(typeof t.get("SAMPLE_ID", 0), "number");
  assert.equal((await readParquet(fx("laion", "part-00000.parquet"), { columns: ["URL"], limit: 3 })).numRows(), 3);
  await assert.rejects(readParquet(cut(fx("laion", "part-00000.parquet"), (n) => n - 10)), /could not be read as Parquet.*PAR1/s);
  await assert.rejects(readParquet(fx("cc", "cdx-00000.cdxj")), /could not be read as Parquet/);
  await assert.rejects(readParquet("nope.parquet"), /No file at 'nope.parquet'/);
});

test("DuckDB counts the columnar index by language, and a bad query names DuckDB's reason", async () => {
  const rows = await queryFiles(`SELECT content_languages AS lang, count(*) AS pages FROM read_parquet('${fx("cc", "index.parquet")}')
    WHERE fetch_status = 200 GROUP BY 1 ORDER BY 1`);
  const expected = new Map<string, number>();
  for (const p of PAGES.filter((p) => p.status === 200)) expected.set(p.lang, (expected.get(p.lang) ?? 0) + 1);
  assert.deepEqual(rows, [...expected].sort(([a], [b]) => (a < b ? -1 : 1)).map(([lang, pages]) => ({ lang, pages })));
  await assert.rejects(queryFiles(`SELECT nope FROM read_parquet('${fx("cc", "index.parquet")}')`), /DuckDB could not run the query:.*nope/s);
  await assert.rejects(queryFiles(""), /Expected an SQL query/);
});

test("one WARC record is read by the offset and length the index gives, as a range request would", async () => {
  const index = await queryFiles(`SELECT url, fetch_status, warc_record_offset AS o, warc_record_length AS l FROM read_parquet('${fx("cc", "index.parquet")}')`);
  assert.equal(index.length, PAGES.length);
  for (const row of index) {
    const rec = await readWarcRecord(fx("cc", "CC-MAIN-FIXTURE.warc.gz"), { offset: row.o as number, length: row.l as number });
    const page = PAGES.find((p) => p.url === row.url)!;
    assert.deepEqual([rec.url, rec.status, rec.type], [page.url, page.status, "response"]);
    if (page.status === 200) assert.ok(rec.text.includes(page.title), page.url);
  }
  await assert.rejects(readWarcRecord(fx("cc", "CC-MAIN-FIXTURE.warc.gz"), { offset: (index[1].o as number) + 3, length: 200 }), /not readable as WARC/);
  await assert.rejects(readWarcRecord(fx("cc", "CC-MAIN-FIXTURE.warc.gz"), { offset: 0, length: 10 ** 9 }), /byte range inside the file/);
});

test("the WET file holds one conversion record per fetched page with its language, and a cut file is refused", async () => {
  const wet = await readWarcRecords(fx("cc", "CC-MAIN-FIXTURE.warc.wet.gz"));
  const fetched = PAGES.filter((p) => p.status === 200);
  assert.deepEqual(wet.map((r) => [r.type, r.url, r.warcHeaders["WARC-Identified-Content-Language"]]), fetched.map((p) => ["conversion", p.url, p.lang]));
  await assert.rejects(readWarcRecords(cut(fx("cc", "CC-MAIN-FIXTURE.warc.wet.gz"), (n) => n - 40)), /unexpected end of file/);
});

test("streamWarcRecords gives the same records as readWarcRecords, plain or gzip, and fails on a cut file after the records before the cut", async () => {
  const collect = async (path: string) => { const out = []; for await (const r of streamWarcRecords(path)) out.push(r); return out; };
  for (const name of ["CC-MAIN-FIXTURE.warc.gz", "CC-MAIN-FIXTURE.warc.wet.gz"]) {
    const whole = await readWarcRecords(fx("cc", name));
    assert.deepEqual(await collect(fx("cc", name)), whole, name);
    const plain = join(mkdtempSync(join(tmpdir(), "uyd-warc-")), name.replace(/\.gz$/, ""));
    writeFileSync(plain, gunzipSync(readFileSync(fx("cc", name))));
    assert.deepEqual(await collect(plain), whole, `${name}, gunzipped`);
  }
  const seen: string[] = [];
  await assert.rejects((async () => { for await (const r of streamWarcRecords(cut(fx("cc", "CC-MAIN-FIXTURE.warc.wet.gz"), (n) => n - 40))) seen.push(r.url); })(),
    /not readable as WARC: unexpected end of file/);
  assert.ok(seen.length >= 1, "the records before the cut came through");
  const notWarc = join(mkdtempSync(join(tmpdir(), "uyd-warc-")), "notes.warc");
  writeFileSync(notWarc, "hello, this is not a WARC file\n");
  await assert.rejects(collect(notWarc), /WARC\/ version line/);
  await assert.rejects(collect("/nonexistent/x.warc.gz"), /No file at/);
});

test("readJsonl streams MADLAD-style jsonl.gz, keeps going past a bad line, and says when a file was cut short", async () => {
  const all = [];
  for await (const l of readJsonl(fx("madlad", "data", "de", "de_clean_0000.jsonl.gz"))) all.push(l);
  assert.ok(all.length >= 3 && all.every((l) => l.ok));
  const dir = tmp();
  writeFileSync(join(dir, "x.jsonl"), '{"text":"a"}\nnot json\n{"text":"b"}\n');
  const mixed = [];
  for await (const l of readJsonl(join(dir, "x.jsonl"))) mixed.push(l);
  assert.deepEqual(mixed.map((l) => l.ok), [true, false, true]);
  assert.match((mixed[1] as { error: string }).error, /line 2 is not JSON/);
  const cutLines = [];
  for await (const l of readJsonl(cut(fx("madlad", "data", "de", "de_clean_0000.jsonl.gz"), (n) => n - 30))) cutLines.push(l);
  assert.equal(cutLines.at(-1)!.ok, false);
  assert.match((cutLines.at(-1) as { error: string }).error, /cut short/);
});

test("readLibriSpeech lists every utterance with speaker and chapter, and marks a missing FLAC without stopping", async () => {
  const t = readLibriSpeech(fx("librispeech"));
  assert.equal(t.numRows(), LIBRI.reduce((n, s) => n + s.utterances.length, 0));
  assert.deepEqual(t.filter((d: { status: string }) => d.status !== "ok").numRows(), 0);
  const both = t.groupby("speaker").rollup({ subsets: aq.op.distinct("subset") }).filter((d: { subsets: number }) => d.subsets > 1).array("speaker");
  assert.deepEqual(both, [26]);
  const audio = await decodeAudioFile(t.get("path", 0));
  assert.equal(audio.sampleRate, 16000);
  assert.ok(audio.seconds > 1 && audio.seconds < 6);
  const dir = tmp();
  const chapter = join(dir, "dev", "19", "198");
  mkdirSync(chapter, { recursive: true });
  copyFileSync(fx("librispeech", "train-mini", "19", "198", "19-198.trans.txt"), join(chapter, "19-198.trans.txt"));
  copyFileSync(fx("librispeech", "train-mini", "19", "198", "19-198-0000.flac"), join(chapter, "19-198-0000.flac"));
  assert.deepEqual(readLibriSpeech(dir).array("status"), ["ok", "audio file missing"]);
  await assert.rejects(decodeAudioFile(cut(fx("librispeech", "train-mini", "19", "198", "19-198-0000.flac"), 3)), /does not start like a FLAC/);
  rmSync(dir, { recursive: true });
});

test("readCommonVoice reads the TSV with votes as numbers and blanks as null; clips decode at 48 kHz; damage is reported", async () => {
  const cv = readCommonVoice(fx("common-voice", "en", "validated.tsv"));
  assert.deepEqual(cv.columnNames().slice(0, 11), ["client_id", "path", "sentence", "up_votes", "down_votes", "age", "gender", "accents", "variant", "locale", "segment"]);
  assert.equal(cv.filter((d: { status: string }) => d.status === "ok").numRows(), cv.numRows());
  assert.equal(typeof cv.get("up_votes", 0), "number");
  assert.ok(cv.array("gender").includes(null));
  const clip = await decodeAudioFile(cv.get("path", 0));
  assert.equal(clip.sampleRate, 48000);
  await assert.rejects(decodeAudioFile(cut(cv.get("path", 0), 50)), /no MP3 frames/);
  const dir = tmp();
  writeFileSync(join(dir, "validated.tsv"), readFileSync(fx("common-voice", "en", "validated.tsv"), "utf8").split("\n").slice(0, 3).join("\n") + "\n");
  assert.deepEqual(readCommonVoice(join(dir, "validated.tsv")).array("status"), ["clip missing", "clip missing"]);
  writeFileSync(join(dir, "bad.tsv"), "a,b,c\n1,2,3\n");
  assert.throws(() => readCommonVoice(join(dir, "bad.tsv")), /no Common Voice header/);
});
