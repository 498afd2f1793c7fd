import { createHash } from "node:crypto";
import type { AddressVerdict } from "./address-guard";
import type { FrontierVerdict } from "./crawl-frontier";
import type { CrawlRecord } from "./crawl-types";
import { decodeHtml } from "./decode-html";
import { extractPage } from "./extract-page";
import { ipBytes } from "./ip-bytes";
import type { FetchedPage } from "./fetch-page";
import { normalizeUrl } from "./normalize-url";
import { retryAfterMs } from "./retry-after";
import { sniffImageType } from "./sniff-image-type";

/** A URL waiting in a host queue (internal to the crawler). */
export interface CrawlItem {
  url: string;
  /** The URL first found; differs from `url` after redirects. */
  firstUrl: string;
  kind: "page" | "image";
  depth: number;
  redirects: string[];
  attempts: number;
  foundOn?: string;
}

/** What to do after one response. */
export interface ResponseAction {
  /** The finished record, unless the item is retried or continues as a redirect hop. */
  record?: Partial<CrawlRecord> & Pick<CrawlRecord, "outcome" | "reason">;
  /** Retry this item after this many ms. */
  retryInMs?: number;
}

export interface ResponseLimits {
  maxRedirects: number;
  maxRetries: number;
  backoffMs: number;
  maxRetryAfterMs: number;
  maxDepth: number;
  fetchImages: boolean;
  keepBodies: boolean;
  /** Hands a new item (a link, an image, a redirect hop) to the frontier; `anyHost` skips the scope test. */
  offer(item: CrawlItem, anyHost?: boolean): FrontierVerdict;
  /** Follow redirects to hosts outside the crawl's scope. */
  followOffScopeRedirects: boolean;
  /** The address guard, asked about redirect targets that are IP literals. */
  guard: (address: string) => AddressVerdict;
  nowMs: number;
}

/**
 * Turns one HTTP answer into a record or a next step: follows a redirect as a
 * new queued hop (so robots.txt, the address guard and politeness apply to it),
 * unless it leaves the crawl's scope (recorded, not followed) or names a refused
 * address; schedules a retry for 429/503 honouring Retry-After (and for a reset
 * connection); checks that an
 * image is really an image; decodes HTML in its declared charset and hands its
 * links and images to the frontier.
 *
 * @example
 * const action = handleResponse(item, page, limits);
 */
export function handleResponse(item: CrawlItem, page: FetchedPage, limits: ResponseLimits): ResponseAction {
  const base = { status: page.status, headers: page.headers };
  // A reset on a kept-alive socket is usually the server's idle timeout racing our next request: a GET
  // is safe to send again, so it is retried like a 503 (with backoff, at most maxRetries times).
  if (!page.ok && page.reason === "network" && /ECONNRESET|UND_ERR_SOCKET/.test(page.message ?? "") && item.attempts <= limits.maxRetries) {
    return { retryInMs: limits.backoffMs * 2 ** (item.attempts - 1) };
  }
  if (!page.ok) return { record: { ...base, outcome: "error", reason: page.reason ?? "network", message: page.message } };
  const status = page.status ?? 0;
  const headers = page.headers ?? {};
  if (status >= 300 && status < 400 && headers.location) {
    const end = (outcome: CrawlRecord["outcome"], reason: string, message: string): ResponseAction => ({ record: { ...base, outcome, reason, message } });
    const err = (reason: string, message: string): ResponseAction => end("error", reason, message);
    if (item.redirects.length >= limits.maxRedirects) return err("too-many-redirects", `More than ${limits.maxRedirects} redirects.`);
    const target = normalizeUrl(headers.location, { base: item.url });
    if (!target) return err("bad-redirect", `Location '${headers.location}' is not an http(s) URL.`);
    if (target === item.url || target === item.firstUrl || item.redirects.includes(target)) return err("redirect-loop", `Redirects back to ${target}.`);
    const host = new URL(target).hostname;
    const verdict = ipBytes(host) ? limits.guard(host) : { ok: true };
    if (!verdict.ok) return err("refused-address", `Redirects to ${target}: ${verdict.reason}.`);
    const hop: CrawlItem = { ...item, url: target, redirects: [...item.redirects, item.url], attempts: 0 };
    const taken = limits.offer(hop, limits.followOffScopeRedirects);
    if (taken === "queued") return {};
    if (taken === "seen") return end("skipped", "duplicate", `Redirects to ${target}, already seen.`);
    if (taken === "out-of-scope") return end("skipped", "off-scope-redirect", `Redirects to ${target}, outside the crawl's scope: not followed.`);
    return end("skipped", taken, `Redirects to ${target}, but no request is left for it (${taken}).`);
  }
  if (status === 429 || status === 503) {
    const asked = retryAfterMs(headers["retry-after"], limits.nowMs);
    const wait = asked ?? limits.backoffMs * 2 ** (item.attempts - 1);
    if (wait > limits.maxRetryAfterMs) {
      return { record: { ...base, outcome: "error", reason: "retry-after-too-long", message: `Asked to wait ${wait} ms, more than ${limits.maxRetryAfterMs}.` } };
    }
    if (item.attempts <= limits.maxRetries) return { retryInMs: wait };
    return { record: { ...base, outcome: "error", reason: `http-${status}`, message: `Still ${status} after ${item.attempts} attempts.` } };
  }
  if (status >= 400 || status < 200) return { record: { ...base, outcome: "error", reason: `http-${status}` } };
  const body = page.body ?? Buffer.alloc(0);
  const contentType = (headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  const fields = { ...base, contentType, bytes: body.length, sha256: createHash("sha256").update(body).digest("hex"), body: limits.keepBodies ? body : undefined };
  if (contentType.startsWith("image/") && sniffImageType(body) === undefined) {
    return { record: { ...fields, outcome: "error", reason: "content-mismatch", message: `Declared ${contentType} but the bytes are not an image.` } };
  }
  if (contentType !== "text/html") return { record: { ...fields, outcome: "fetched", reason: "fetched" } };
  const { text, encoding } = decodeHtml(body, headers["content-type"]);
  const content = extractPage(text, item.url, headers);
  const next = (url: string, kind: CrawlItem["kind"]): CrawlItem => ({ url, firstUrl: url, kind, depth: item.depth + 1, redirects: [], attempts: 0, foundOn: item.url });
  if (item.depth < limits.maxDepth && !content.optOuts.includes("nofollow")) for (const link of content.links) limits.offer(next(link, "page"));
  if (limits.fetchImages) for (const image of content.images) limits.offer(next(image.src, "image"));
  const { title, images, licences, optOuts } = content;
  return { record: { ...fields, outcome: "fetched", reason: "fetched", title, images, licences, optOuts, encoding } };
}
