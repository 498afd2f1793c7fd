import type { RobotsCache } from "./robots-cache";
import type { RobotsEntry } from "./fetch-robots";
import type { ImageText } from "./extract-page";
import type { LicenceHint } from "./licence-hints";
import type { ResolveHost } from "./guarded-agent";

/** Options for `crawl()`. Every loop is bounded: pages, depth, redirects, retries, time. */
export interface CrawlOptions {
  /** Start URLs (http or https). Required. */
  seeds: string[];
  /** User-Agent header; must start with a product token and contain a contact e-mail. Required. */
  userAgent: string;
  /** Most URLs requested (robots.txt not counted). Links beyond what is left are dropped and counted. Default 50. */
  maxPages?: number;
  /** Most URLs requested from one origin. Default: maxPages. */
  maxPagesPerHost?: number;
  /** Link depth followed from a seed (seed = 0). Default 2. */
  maxDepth?: number;
  /** "seed-hosts": follow links and redirects only to the seeds' origins; "any": follow everywhere. Default "seed-hosts". */
  scope?: "seed-hosts" | "any";
  /** Follow redirects that leave the scope (they are recorded as "off-scope-redirect" otherwise). Default false. */
  followOffScopeRedirects?: boolean;
  /** The resolver for host names, e.g. a fixed table in tests. Default: the system resolver. */
  resolve?: ResolveHost;
  /** Minimum ms between two requests to one host (robots.txt Crawl-delay may raise it). Default 1000. */
  minDelayMs?: number;
  /** Largest Crawl-delay honoured, in ms; a host asking more is skipped. Default 60000. */
  maxCrawlDelayMs?: number;
  /** Requests in flight across all hosts. Default 4. */
  concurrency?: number;
  /** Requests in flight per host. Default 1. */
  perHostConcurrency?: number;
  /** Ms for one request from connect to the end of the body. Default 10000. */
  timeoutMs?: number;
  /** Ms to wait for a TCP connection. Default 5000. */
  connectTimeoutMs?: number;
  /** Largest body in bytes, after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed per URL. Default 5. */
  maxRedirects?: number;
  /** Retries after 429/503. Default 2. */
  maxRetries?: number;
  /** First backoff in ms when no Retry-After is given (doubles each time). Default 1000. */
  backoffMs?: number;
  /** Longest Retry-After waited for, in ms; longer means give up. Default 30000. */
  maxRetryAfterMs?: number;
  /** Content types downloaded. Default ["text/html", "image/jpeg", "image/png", "image/gif", "image/webp"]. */
  accept?: string[];
  /** Also fetch the images pages show. Default true. */
  fetchImages?: boolean;
  /** CIDR ranges allowed although private (e.g. ["127.0.0.0/8"] for the fixture web). Default []. */
  allowAddresses?: string[];
  /** Share robots.txt across crawls (entries live at most 24 h). Default: a new cache. */
  robotsCache?: RobotsCache;
  /** Keep response bodies on the records (needed for WARC and galleries). Default true. */
  keepBodies?: boolean;
  /** Stop starting requests after this many ms. Default 300000. */
  timeLimitMs?: number;
  /** Called after every record, e.g. to move a progress bar. Default: none. */
  onProgress?: (progress: CrawlProgress) => void;
}

export interface CrawlProgress {
  done: number;
  queued: number;
  record: CrawlRecord;
}

/** One URL's story: fetched, skipped (and why) or failed (and why). */
export interface CrawlRecord {
  /** The URL as found (the first of a redirect chain). */
  url: string;
  /** The last URL requested (after redirects). */
  finalUrl: string;
  /** Origin, e.g. "http://127.0.0.2:40123". */
  host: string;
  kind: "page" | "image";
  outcome: "fetched" | "skipped" | "error";
  /** "fetched", or why not: "robots", "robots-unavailable", "timeout", "too-large", ... */
  reason: string;
  message?: string;
  status?: number;
  headers?: Record<string, string>;
  contentType?: string;
  bytes?: number;
  /** sha256 of the body, hex. */
  sha256?: string;
  /** When the final response arrived (ISO 8601). */
  fetchedAt?: string;
  /** The robots.txt decision for this URL. */
  robots: { allowed: boolean; rule?: string; reason: string };
  depth: number;
  /** URLs redirected through, in order. */
  redirects: string[];
  attempts: number;
  /** The page that linked to it. */
  foundOn?: string;
  title?: string;
  images?: ImageText[];
  licences?: LicenceHint[];
  optOuts?: string[];
  /** The encoding an HTML body was decoded in ("utf-8", "windows-1252", "shift_jis", ...). */
  encoding?: string;
  body?: Buffer;
}

/** One request as the crawler sent it, for timelines. */
export interface CrawlRequest {
  host: string;
  url: string;
  /** ms since the crawl started. */
  time: number;
  purpose: "robots" | "page" | "image";
}

export interface CrawlSummary {
  fetched: number;
  skippedByRobots: number;
  errors: Record<string, number>;
  requests: number;
  hosts: number;
  /** Links and images found but never queued because no request was left for them, by reason ("page-limit", "host-limit"). */
  dropped: Record<string, number>;
}

export interface CrawlResult {
  records: CrawlRecord[];
  robots: RobotsEntry[];
  requests: CrawlRequest[];
  summary: CrawlSummary;
}
