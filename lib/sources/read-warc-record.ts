import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from "node:fs";
import { createGunzip, gunzipSync } from "node:zlib";
import type * as Warcio from "warcio";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const warcio = lazyModule<typeof Warcio>(() => require("warcio"));

/** One WARC record, as {@link readWarcRecord} and {@link readWarcRecords} give it. */
export interface WarcRecordInfo {
  type: string;
  url: string;
  date: string;
  /** The record's WARC headers (WARC-Record-ID, Content-Length, WARC-Identified-Content-Language, ...). */
  warcHeaders: Record<string, string>;
  /** HTTP status of a response record; undefined for other types. */
  status?: number;
  /** HTTP headers of a response record. */
  httpHeaders?: Record<string, string>;
  /** The payload (the HTTP body of a response, the text of a WET conversion record), decoded as UTF-8. */
  text: string;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** One parsed warcio record as a WarcRecordInfo; throws when its payload is cut short. */
async function toInfo(record: Warcio.WARCRecord, n: number): Promise<WarcRecordInfo> {
  const payload = await record.readFully(true);
  const text = new TextDecoder().decode(payload);
  const info = record.getResponseInfo();
  if (!info && payload.length < record.warcContentLength) throw new Error(`record ${n} holds ${payload.length} of its ${record.warcContentLength} bytes`);
  return {
    type: record.warcType ?? "", url: record.warcTargetURI ?? "", date: record.warcDate ?? "",
    warcHeaders: Object.fromEntries(record.warcHeaders.headers as Map<string, string>),
    status: info?.status === undefined ? undefined : Number(info.status), httpHeaders: info ? Object.fromEntries(info.headers as Map<string, string>) : undefined, text,
  };
}

/** The records in `chunks` (plain WARC bytes), checking the version line first. */
async function* parseRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<WarcRecordInfo> {
  let first = true;
  async function* checked(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      if (first && chunk.length) {
        first = false;
        if (new TextDecoder().decode(chunk.subarray(0, 5)) !== "WARC/") throw new Error("it does not start with a WARC/ version line (a wrong offset?)");
      }
      yield chunk;
    }
  }
  let n = 0;
  for await (const record of new warcio.WARCParser(checked(), { keepHeadersCase: true })) yield toInfo(record, ++n);
}

async function parseAll(bytes: Uint8Array, where: string, max = Infinity): Promise<WarcRecordInfo[]> {
  const out: WarcRecordInfo[] = [];
  try {
    // warcio stops quietly at a gzip member that is cut short; Node's gunzip (which reads
    // every member of a multi-member file) says so, so gzip is undone here first.
    const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const plain = gz ? gunzipSync(bytes) : bytes;
    for await (const record of parseRecords(once(plain))) {
      out.push(record);
      if (out.length >= max) break;
    }
  } catch (err) {
    throw new InputError(`${where} is not readable as WARC: ${(err as Error).message}.`, "Check the offset and length against the index, or download the file again.");
  }
  return out;
}

/**
 * Reads ONE record out of a WARC file by its byte range, as Common Crawl's index gives
 * it (`warc_record_offset`, `warc_record_length`): exactly what an HTTP Range request
 * for that page would fetch, parsed with warcio. Each record of a .warc.gz file is its
 * own gzip member, so a range read needs nothing before it.
 *
 * @example
 * const [row] = await queryFiles("SELECT * FROM read_parquet('…/index.parquet') WHERE url LIKE '%/seite/2'");
 * const rec = await readWarcRecord("…/CC-MAIN-FIXTURE.warc.gz", { offset: row.warc_record_offset, length: row.warc_record_length });
 * rec.status // 200
 */
export async function readWarcRecord(path: string, range: { offset: number; length: number }): Promise<WarcRecordInfo> {
  if (!existsSync(path)) throw new InputError(`No file at '${path}'.`, "Check warc_filename against the folder you downloaded.");
  const { offset, length } = range;
  const size = statSync(path).size;
  if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length <= 0 || offset + length > size) {
    throw new InputError(`Expected a byte range inside the file (0–${size}), got offset ${offset}, length ${length}.`, "Take both from the same index row.");
  }
  const bytes = Buffer.alloc(length);
  const fd = openSync(path, "r");
  try {
    readSync(fd, bytes, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  const [record] = await parseAll(bytes, `Bytes ${offset}–${offset + length} of '${path}'`, 1);
  if (!record) throw new InputError(`Bytes ${offset}–${offset + length} of '${path}' hold no WARC record.`, "Check the offset and length against the index.");
  return record;
}

/**
 * Reads every record of a (small) WARC, WAT or WET file. For big files, read by range
 * with {@link readWarcRecord} instead. A damaged file fails with the reason.
 *
 * @example
 * (await readWarcRecords("…/CC-MAIN-FIXTURE.warc.wet.gz")).map((r) => r.warcHeaders["WARC-Identified-Content-Language"])
 */
export async function readWarcRecords(path: string): Promise<WarcRecordInfo[]> {
  if (!existsSync(path)) throw new InputError(`No file at '${path}'.`, "Check the path.");
  const { readFileSync } = await import("node:fs");
  return parseAll(readFileSync(path), `'${path}'`);
}

/**
 * Streams the records of a WARC, WAT or WET file of any size, plain or gzip (every
 * member), holding one record at a time: what the curate pipeline reads Common Crawl
 * WET files with. A file cut short or damaged throws, with the reason, after the
 * records before the damage.
 *
 * @example
 * for await (const r of streamWarcRecords("…/CC-MAIN-FIXTURE.warc.wet.gz")) if (r.type === "conversion") n++;
 */
export async function* streamWarcRecords(path: string): AsyncGenerator<WarcRecordInfo> {
  if (!existsSync(path)) throw new InputError(`No file at '${path}'.`, "Check the path.");
  const head = Buffer.alloc(2);
  const fd = openSync(path, "r");
  try { readSync(fd, head, 0, 2, 0); } finally { closeSync(fd); }
  const file = createReadStream(path);
  // Node's gunzip reads every member and fails on a cut one, where warcio's stops quietly.
  let plain: AsyncIterable<Uint8Array> = file;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = createGunzip();
    file.on("error", (err) => gunzip.destroy(err)); // a read error ends the loop below, not a hang
    plain = file.pipe(gunzip);
  }
  try {
    for await (const record of parseRecords(plain)) yield record;
  } catch (err) {
    throw new InputError(`'${path}' is not readable as WARC: ${(err as Error).message}.`, "Download the file again; the records before the damage were read.");
  } finally {
    file.destroy();
  }
}
