import type * as Warcio from "warcio";
import { lazyModule } from "../data/lazy-module";
import type { CrawlRecord } from "./crawl-types";
import { writeFileAtomic } from "../data/write-file-atomic";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const warcio = lazyModule<typeof Warcio>(() => require("warcio"));

/** Options for {@link writeCrawlWarc}. */
export interface WriteCrawlWarcOptions {
  /** gzip each record (a .warc.gz file). Default true. */
  gzip?: boolean;
  /** The User-Agent the crawl sent, stored in request records. Default "". */
  userAgent?: string;
}

const STATUS_TEXT: Record<number, string> = { 200: "OK", 203: "Non-Authoritative Information" };

/**
 * Writes the fetched records to a WARC 1.1 file with warcio: a warcinfo record,
 * then per fetched URL a request record (what was sent, with the user agent), a
 * response record (status, headers, body) and a metadata record (JSON with the
 * robots decision, licence hints and opt-outs). Bodies are stored decoded, so
 * Content-Encoding and Content-Length are dropped from the stored headers.
 * Records without a body (keepBodies: false, or not fetched) are left out.
 *
 * @returns the number of response records written
 * @example
 * await writeCrawlWarc(result.records, "out/crawl/crawl.warc.gz", { userAgent });
 */
export async function writeCrawlWarc(records: CrawlRecord[], path: string, options: WriteCrawlWarcOptions = {}): Promise<number> {
  const { gzip = true, userAgent = "" } = options;
  const warcVersion = "WARC/1.1" as const;
  const parts: Uint8Array[] = [];
  const info = warcio.WARCRecord.createWARCInfo({ filename: path.split("/").pop(), warcVersion },
    { software: "understand-your-data lib/crawl (warcio.js)", format: "WARC File Format 1.1" });
  parts.push(await warcio.WARCSerializer.serialize(info, { gzip }));
  let count = 0;
  for (const r of records) {
    if (r.outcome !== "fetched" || !r.body || r.status === undefined) continue;
    const date = r.fetchedAt ?? new Date(0).toISOString();
    const target = new URL(r.finalUrl);
    const request = warcio.WARCRecord.create({ url: r.finalUrl, date, type: "request", warcVersion,
      statusline: `GET ${target.pathname}${target.search} HTTP/1.1`, httpHeaders: { Host: target.host, "User-Agent": userAgent } }, []);
    parts.push(await warcio.WARCSerializer.serialize(request, { gzip }));
    const headers = Object.entries(r.headers ?? {}).filter(([k]) => !["content-encoding", "content-length", "transfer-encoding"].includes(k));
    const response = warcio.WARCRecord.create({ url: r.finalUrl, date, type: "response", warcVersion,
      statusline: `HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? ""}`.trim(), httpHeaders: headers }, [new Uint8Array(r.body)]);
    parts.push(await warcio.WARCSerializer.serialize(response, { gzip }));
    const meta = { url: r.url, redirects: r.redirects, foundOn: r.foundOn, robots: r.robots, licences: r.licences ?? [], optOuts: r.optOuts ?? [], sha256: r.sha256 };
    const metadata = warcio.WARCRecord.create({ url: r.finalUrl, date, type: "metadata", warcVersion,
      warcHeaders: { "Content-Type": "application/json" } }, [new TextEncoder().encode(JSON.stringify(meta))]);
    parts.push(await warcio.WARCSerializer.serialize(metadata, { gzip }));
    count++;
  }
  writeFileAtomic(path, Buffer.concat(parts));
  return count;
}
