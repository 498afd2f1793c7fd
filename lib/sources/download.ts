import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import type * as Undici from "undici";
import type { Dispatcher } from "undici";
import { lazyModule } from "../data/lazy-module";
import { addressGuard } from "../crawl/address-guard";
import { checkUserAgent } from "../crawl/check-user-agent";
import { guardedAgent } from "../crawl/guarded-agent";
import { projectRoot } from "../data/project-root";
import { writeFileAtomic } from "../data/write-file-atomic";
import { InputError, WorkshopError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const undici = lazyModule<typeof Undici>(() => require("undici"));

/** The download finished but its bytes are not the ones the caller expected. */
export class ChecksumError extends WorkshopError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = "ChecksumError";
  }
}

/** The server could not be reached, refused, or answered with an error. */
export class DownloadError extends WorkshopError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = "DownloadError";
  }
}

/** Options for {@link download}. */
export interface DownloadOptions {
  /** Where the file goes. Default `.cache/downloads/<last path segment of the URL>` in the workshop root. */
  to?: string;
  /** Expected SHA-256 (hex). When given, a cached file is reused only if it matches, and a mismatch is an error. Default: none (reported, not checked). */
  sha256?: string;
  /** Who is downloading: a product token and a contact e-mail, as for the crawler. Required. */
  userAgent?: string;
  /** Address ranges allowed although private, e.g. ["127.0.0.0/8"] for a local mirror. Default [] (private addresses refused). */
  allowAddresses?: string[];
  /** Called as bytes arrive: (bytes so far, total bytes or undefined when the server does not say). Default: none. */
  onProgress?: (received: number, total: number | undefined) => void;
  /** Largest file accepted, in bytes. Default 2 GiB. */
  maxBytes?: number;
  /** Milliseconds without data before giving up (the partial file is kept for a resume). Default 30000. */
  idleTimeoutMs?: number;
  /** Redirects followed, each checked by the address guard. Default 5. */
  maxRedirects?: number;
}

/** What {@link download} did. */
export interface DownloadResult {
  path: string;
  bytes: number;
  sha256: string;
  /** True when a complete, matching file was already there and nothing was fetched. */
  fromCache: boolean;
  /** The byte offset the download resumed from (0 for a fresh start). */
  resumedFrom: number;
}

interface PartMeta { url: string; etag?: string; lastModified?: string }

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

function readMeta(path: string): PartMeta | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as PartMeta;
  } catch {
    return undefined;
  }
}

/**
 * Downloads one file so that a user can trust it: cached (a complete file with the
 * expected SHA-256 is reused without a request), resumable (an interrupted download
 * keeps `<to>.part` and continues with an HTTP Range request, validated by the ETag
 * or Last-Modified it started with), checksummed, with progress, a polite user agent
 * that names a contact, and the crawler's address guard (private and link-local
 * addresses refused, after DNS too, unless `allowAddresses` names them). The file
 * appears at `to` only once complete and verified.
 *
 * @example
 * const r = await download("https://example.org/data/slice.parquet", {
 *   userAgent: "uyd-lab-bot/0.1 (+mailto:you@example.org)", sha256: "9f2c…",
 *   onProgress: (n, total) => bar.update(n, total) });
 * r.path // ".../.cache/downloads/slice.parquet"
 */
export async function download(url: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  const { sha256, userAgent, allowAddresses = [], onProgress, maxBytes = 2 * 1024 ** 3, idleTimeoutMs = 30_000, maxRedirects = 5 } = options;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`Expected an http(s) URL, got ${JSON.stringify(url)}.`, "Pass a full URL such as 'https://example.org/file.csv'.");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InputError(`Only http and https downloads are supported, got '${parsed.protocol}'.`, "Pass an http(s) URL.");
  }
  checkUserAgent(userAgent);
  if (sha256 !== undefined && !/^[0-9a-f]{64}$/i.test(sha256)) {
    throw new InputError(`Expected a SHA-256 as 64 hex digits, got ${JSON.stringify(sha256)}.`, "Copy the checksum from the data set's download page, or leave sha256 out.");
  }
  const to = options.to ?? join(projectRoot(), ".cache", "downloads", basename(parsed.pathname) || "download");
  const part = `${to}.part`;
  const metaPath = `${to}.part.json`;
  mkdirSync(dirname(to), { recursive: true });

  if (existsSync(to)) {
    const have = await sha256File(to);
    if (!sha256 || have === sha256.toLowerCase()) return { path: to, bytes: statSync(to).size, sha256: have, fromCache: true, resumedFrom: 0 };
    unlinkSync(to); // a stale or damaged copy: fetch it again
  }

  const dispatcher = guardedAgent(addressGuard({ allow: allowAddresses }));
  try {
    let meta = readMeta(metaPath);
    let offset = existsSync(part) && meta?.url === url ? statSync(part).size : 0;
    if (offset === 0 && existsSync(part)) unlinkSync(part);
    const resumedFrom = offset;
    let current = url;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { "user-agent": userAgent!.trim(), "accept-encoding": "identity" };
      if (offset > 0) {
        headers.range = `bytes=${offset}-`;
        const validator = meta?.etag ?? meta?.lastModified;
        if (validator) headers["if-range"] = validator;
      }
      const res = await send(current, headers, dispatcher, idleTimeoutMs);
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        await res.body.dump();
        if (hop >= maxRedirects) throw new DownloadError(`More than ${maxRedirects} redirects from ${url}.`, "The server sends the request in a circle; report it to the data set's maintainers.");
        current = new URL(String(res.headers.location), current).href;
        continue;
      }
      if (res.statusCode === 416 && offset > 0) {
        await res.body.dump(); // the part may already be whole: verify it below
      } else if (res.statusCode === 206 && offset > 0) {
        const range = /^bytes (\d+)-/.exec(String(res.headers["content-range"] ?? ""));
        if (!range || Number(range[1]) !== offset) {
          await res.body.dump();
          throw new DownloadError(`The server resumed at the wrong place (${res.headers["content-range"]}, wanted ${offset}).`, "Delete the .part file and download again.");
        }
        await receive(res, part, offset, true, { maxBytes, onProgress });
      } else if (res.statusCode === 200) {
        offset = 0; // the server ignored the range, or the file changed: start over
        meta = { url, etag: header(res, "etag"), lastModified: header(res, "last-modified") };
        writeFileAtomic(metaPath, JSON.stringify(meta));
        await receive(res, part, 0, false, { maxBytes, onProgress });
      } else {
        await res.body.dump();
        throw new DownloadError(`GET ${current} answered HTTP ${res.statusCode}.`, res.statusCode === 404 ? "Check the URL against the data set's download page." : "Try again later; a partial file is kept for a resume.");
      }
      break;
    }
    const got = await sha256File(part);
    if (sha256 && got !== sha256.toLowerCase()) {
      unlinkSync(part);
      if (existsSync(metaPath)) unlinkSync(metaPath);
      throw new ChecksumError(`The file from ${url} has SHA-256 ${got}, expected ${sha256.toLowerCase()}.`,
        "It was deleted. The download was damaged or the file changed upstream: download again, and if it still differs, check the checksum's source.");
    }
    renameSync(part, to);
    if (existsSync(metaPath)) unlinkSync(metaPath);
    return { path: to, bytes: statSync(to).size, sha256: got, fromCache: false, resumedFrom };
  } finally {
    await dispatcher.close();
  }
}

function header(res: Dispatcher.ResponseData, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function send(url: string, headers: Record<string, string>, dispatcher: Dispatcher, idleMs: number): Promise<Dispatcher.ResponseData> {
  try {
    return await undici.request(url, { method: "GET", headers, dispatcher, headersTimeout: idleMs, bodyTimeout: idleMs });
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e.code === "ERR_ADDRESS_REFUSED") {
      throw new DownloadError(e.message, "Downloads go to public addresses only; pass allowAddresses for a local mirror you run yourself.");
    }
    throw new DownloadError(`Could not reach ${url}: ${e.message}.`, "Check the network and try again; a partial file is kept for a resume.");
  }
}

async function receive(res: Dispatcher.ResponseData, part: string, offset: number, append: boolean,
  opts: { maxBytes: number; onProgress?: (n: number, total: number | undefined) => void }): Promise<void> {
  const length = Number(res.headers["content-length"]);
  const total = Number.isFinite(length) ? offset + length : undefined;
  if (total !== undefined && total > opts.maxBytes) {
    await res.body.dump();
    throw new DownloadError(`The file is ${total} bytes, over the limit of ${opts.maxBytes}.`, "Raise maxBytes if you really want it.");
  }
  let received = offset;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length;
      if (received > opts.maxBytes) return done(new DownloadError(`The file grew past the limit of ${opts.maxBytes} bytes.`, "Raise maxBytes if you really want it."));
      opts.onProgress?.(received, total);
      done(null, chunk);
    },
  });
  try {
    await pipeline(res.body, count, createWriteStream(part, { flags: append ? "a" : "w" }));
  } catch (err) {
    if ((err as Error).name === "DownloadError") throw err;
    throw new DownloadError(`The connection broke after ${received} bytes: ${(err as Error).message}.`, "Call download() again: it resumes from the partial file.");
  }
  if (total !== undefined && received < total) {
    throw new DownloadError(`The connection ended after ${received} of ${total} bytes.`, "Call download() again: it resumes from the partial file.");
  }
}
