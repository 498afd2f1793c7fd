import type * as Undici from "undici";
import { lazyModule } from "../data/lazy-module";
import { addressGuard } from "../crawl/address-guard";
import { checkUserAgent } from "../crawl/check-user-agent";
import { guardedAgent } from "../crawl/guarded-agent";
import { sniffImageType } from "../crawl/sniff-image-type";
import { mapLimit } from "../curation/map-limit";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const undici = lazyModule<typeof Undici>(() => require("undici"));

/** What became of one URL. */
export interface LinkCheck {
  url: string;
  /** "image" (still there), "moved" (there after redirects), "missing" (404), "gone" (410), "soft-404" (200 but not an image), "error" (another status), "unreachable" (no connection). */
  outcome: "image" | "moved" | "missing" | "gone" | "soft-404" | "error" | "unreachable";
  /** The last HTTP status, if any. */
  status?: number;
  /** Where the redirects ended. */
  finalUrl: string;
  /** Content type and what the bytes really are (sniffed), for "image" and "soft-404". */
  contentType?: string;
  sniffed?: string;
  /** Why, for "error" and "unreachable". */
  reason?: string;
}

/** Options for {@link checkLinks}. */
export interface CheckLinksOptions {
  /** Who is checking: product token and contact e-mail, as for the crawler. Required. */
  userAgent?: string;
  /** Host name -> "ip:port" to connect to instead of DNS (the fixture web), e.g. startLinkRotWeb().resolve. Default {}. */
  resolve?: Record<string, string>;
  /** Address ranges allowed although private, e.g. ["127.0.0.0/8"] for the fixture web. Default []. */
  allowAddresses?: string[];
  /** Requests in flight at once, over all hosts. Default 4. */
  concurrency?: number;
  /** Milliseconds per request. Default 10000. */
  timeoutMs?: number;
  /** Redirects followed per URL. Default 5. */
  maxRedirects?: number;
  /** Called after each URL with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Checks what a list of URLs (a URL-only data set such as LAION's) still points at:
 * GET each one (only the first 64 KiB are read), follow redirects, and tell an image
 * that is still there from one that moved, is missing or gone, from a "not available"
 * page served with status 200 (a soft 404: only sniffing the bytes catches it), and
 * from a host that no longer answers. One row per URL, in input order; a failure is a
 * row, never an exception.
 *
 * @example
 * const rows = await checkLinks(laion.array("URL"), { userAgent: "uyd-lab-bot/0.1 (+mailto:you@example.org)" });
 * rows.filter((r) => r.outcome !== "image" && r.outcome !== "moved").length / rows.length // the link rot
 */
export async function checkLinks(urls: string[], options: CheckLinksOptions = {}): Promise<LinkCheck[]> {
  const { userAgent, resolve = {}, allowAddresses = [], concurrency = 4, timeoutMs = 10_000, maxRedirects = 5, onProgress } = options;
  checkUserAgent(userAgent);
  const dispatcher = guardedAgent(addressGuard({ allow: allowAddresses }), { connections: 2 });
  let done = 0;
  try {
    return await mapLimit(urls, concurrency, async (url) => {
      const row = await checkOne(url, { userAgent: userAgent!.trim(), resolve, dispatcher, timeoutMs, maxRedirects });
      onProgress?.(++done, urls.length);
      return row;
    });
  } finally {
    await dispatcher.close();
  }
}

async function checkOne(url: string, o: { userAgent: string; resolve: Record<string, string>; dispatcher: ReturnType<typeof guardedAgent>; timeoutMs: number; maxRedirects: number }): Promise<LinkCheck> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { url, outcome: "error", finalUrl: url, reason: "not a URL" };
  }
  for (let hop = 0; hop <= o.maxRedirects; hop++) {
    const target = o.resolve[current.host] ? new URL(current.pathname + current.search, `http://${o.resolve[current.host]}`) : current;
    let res;
    try {
      res = await undici.request(target, { method: "GET", dispatcher: o.dispatcher, headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs,
        headers: { host: current.host, "user-agent": o.userAgent, range: "bytes=0-65535" } });
    } catch (err) {
      return { url, outcome: "unreachable", finalUrl: current.href, reason: (err as Error).message };
    }
    const status = res.statusCode;
    if (status >= 300 && status < 400 && res.headers.location) {
      await res.body.dump();
      current = new URL(String(res.headers.location), current);
      continue;
    }
    const contentType = String(res.headers["content-type"] ?? "");
    if (status === 200 || status === 206) {
      const head = new Uint8Array(await res.body.arrayBuffer()).subarray(0, 65536);
      const sniffed = sniffImageType(head);
      if (!sniffed) return { url, outcome: "soft-404", status, finalUrl: current.href, contentType, sniffed: "not an image" };
      return { url, outcome: hop === 0 ? "image" : "moved", status, finalUrl: current.href, contentType, sniffed };
    }
    await res.body.dump();
    if (status === 404) return { url, outcome: "missing", status, finalUrl: current.href };
    if (status === 410) return { url, outcome: "gone", status, finalUrl: current.href };
    return { url, outcome: "error", status, finalUrl: current.href, reason: `HTTP ${status}` };
  }
  return { url, outcome: "error", finalUrl: current.href, reason: `more than ${o.maxRedirects} redirects` };
}
