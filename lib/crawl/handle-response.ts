import { createHash } from "node:crypto";
import type { CrawlRecord } from "./crawl-types";
import { extractPage } from "./extract-page";
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
  /** The finished record, unless the item is retried or redirected. */
  record?: Partial<CrawlRecord> & Pick<CrawlRecord, "outcome" | "reason">;
  /** New URLs to queue (links, images, a redirect target). */
  follow: CrawlItem[];
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
  /** Whether this URL may be queued (not seen yet and, unless `anyHost`, in scope); marks it seen. */
  claim(url: string, anyHost?: boolean): boolean;
  nowMs: number;
}

/**
 * Turns one HTTP answer into a record or a next step: follows a redirect as a
 * new queued hop (so robots.txt, the address guard and politeness apply to it),
 * schedules a retry for 429/503 honouring Retry-After, checks that an image is
 * really an image, and extracts links, images and licence hints from HTML.
 *
 * @example
 * const action = handleResponse(item, page, limits);
 */
export function handleResponse(item: CrawlItem, page: FetchedPage, limits: ResponseLimits): ResponseAction {
  const base = { status: page.status, headers: page.headers };
  if (!page.ok) return { record: { ...base, outcome: "error", reason: page.reason ?? "network", message: page.message }, follow: [] };
  const status = page.status ?? 0;
  const headers = page.headers ?? {};
  if (status >= 300 && status < 400 && headers.location) {
    const err = (reason: string, message: string): ResponseAction => ({ record: { ...base, outcome: "error", reason, message }, follow: [] });
    if (item.redirects.length >= limits.maxRedirects) return err("too-many-redirects", `More than ${limits.maxRedirects} redirects.`);
    const target = normalizeUrl(headers.location, { base: item.url });
    if (!target) return err("bad-redirect", `Location '${headers.location}' is not an http(s) URL.`);
    if (target === item.url || target === item.firstUrl || item.redirects.includes(target)) return err("redirect-loop", `Redirects back to ${target}.`);
    if (!limits.claim(target, true)) return { record: { ...base, outcome: "skipped", reason: "duplicate", message: `Redirects to ${target}, already seen.` }, follow: [] };
    return { follow: [{ ...item, url: target, redirects: [...item.redirects, item.url], attempts: 0 }] };
  }
  if (status === 429 || status === 503) {
    const asked = retryAfterMs(headers["retry-after"], limits.nowMs);
    const wait = asked ?? limits.backoffMs * 2 ** (item.attempts - 1);
    if (wait > limits.maxRetryAfterMs) {
      return { record: { ...base, outcome: "error", reason: "retry-after-too-long", message: `Asked to wait ${wait} ms, more than ${limits.maxRetryAfterMs}.` }, follow: [] };
    }
    if (item.attempts <= limits.maxRetries) return { follow: [], retryInMs: wait };
    return { record: { ...base, outcome: "error", reason: `http-${status}`, message: `Still ${status} after ${item.attempts} attempts.` }, follow: [] };
  }
  if (status >= 400 || status < 200) return { record: { ...base, outcome: "error", reason: `http-${status}` }, follow: [] };
  const body = page.body ?? Buffer.alloc(0);
  const contentType = (headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  const fields = { ...base, contentType, bytes: body.length, sha256: createHash("sha256").update(body).digest("hex"), body: limits.keepBodies ? body : undefined };
  if (contentType.startsWith("image/") && sniffImageType(body) === undefined) {
    return { record: { ...fields, outcome: "error", reason: "content-mismatch", message: `Declared ${contentType} but the bytes are not an image.` }, follow: [] };
  }
  if (contentType !== "text/html") return { record: { ...fields, outcome: "fetched", reason: "fetched" }, follow: [] };
  const content = extractPage(body.toString("utf8"), item.url, headers);
  const follow: CrawlItem[] = [];
  const next = (url: string, kind: CrawlItem["kind"]): CrawlItem => ({ url, firstUrl: url, kind, depth: item.depth + 1, redirects: [], attempts: 0, foundOn: item.url });
  if (item.depth < limits.maxDepth && !content.optOuts.includes("nofollow")) {
    for (const link of content.links) if (limits.claim(link)) follow.push(next(link, "page"));
  }
  if (limits.fetchImages) for (const image of content.images) if (limits.claim(image.src)) follow.push(next(image.src, "image"));
  const { title, images, licences, optOuts } = content;
  return { record: { ...fields, outcome: "fetched", reason: "fetched", title, images, licences, optOuts }, follow };
}
