import { performance } from "node:perf_hooks";
import { InputError } from "../errors/workshop-error";
import { addressGuard } from "./address-guard";
import { checkUserAgent } from "./check-user-agent";
import type { CrawlOptions, CrawlRecord, CrawlRequest, CrawlResult } from "./crawl-types";
import { fetchPage } from "./fetch-page";
import { fetchRobots, type RobotsEntry } from "./fetch-robots";
import { guardHost } from "./guard-host";
import { guardedAgent } from "./guarded-agent";
import { handleResponse, type CrawlItem } from "./handle-response";
import { normalizeUrl } from "./normalize-url";
import { createRobotsCache } from "./robots-cache";
import { skipReason, type CrawlHost as Host } from "./skip-reason";
import { summarizeCrawl } from "./summarize-crawl";

/** Extra ms added to every per-host gap, against timer rounding. */
const SLACK_MS = 5;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Crawls politely from `seeds`: robots.txt first (cached, RFC 9309), then one
 * request at a time per host spaced by max(minDelayMs, Crawl-delay), a global
 * concurrency limit across hosts, retries with Retry-After, and hard limits on
 * time, size, redirects, depth and page count. Refuses to start without a user
 * agent carrying a contact e-mail. Private, loopback and link-local addresses
 * are refused unless listed in `allowAddresses`. Every URL ends as one record:
 * fetched, skipped (with the robots rule) or error (with its reason).
 *
 * @example
 * const { records, summary } = await crawl({
 *   seeds: [web.urls.museum + "/"], userAgent: "uyd-lab-bot/0.1 (+mailto:me@example.org)",
 *   allowAddresses: ["127.0.0.0/8"], minDelayMs: 100,
 * });
 */
export async function crawl(options: CrawlOptions): Promise<CrawlResult> {
  const { seeds, userAgent, maxPages = 50, maxDepth = 2, scope = "seed-hosts", minDelayMs = 1000, maxCrawlDelayMs = 60_000,
    concurrency = 4, perHostConcurrency = 1, timeoutMs = 10_000, connectTimeoutMs = 5000, maxBytes = 5 * 1024 * 1024,
    maxRedirects = 5, maxRetries = 2, backoffMs = 1000, maxRetryAfterMs = 30_000, fetchImages = true, keepBodies = true,
    accept = ["text/html", "image/jpeg", "image/png", "image/gif", "image/webp"], allowAddresses = [],
    robotsCache = createRobotsCache(), timeLimitMs = 300_000, onProgress } = options ?? ({} as CrawlOptions);
  checkUserAgent(userAgent);
  const starts = (Array.isArray(seeds) ? seeds : []).map((s) => normalizeUrl(String(s)));
  if (starts.length === 0 || starts.some((s) => s === null)) {
    throw new InputError(`Seeds must be a non-empty list of http(s) URLs, got ${JSON.stringify(seeds)}.`, "Pass seeds: [\"http://127.0.0.2:8080/\"].");
  }
  const guard = addressGuard({ allow: allowAddresses });
  const dispatcher = guardedAgent(guard, { connectTimeoutMs, connections: perHostConcurrency });
  const t0 = performance.now();
  const now = (): number => performance.now() - t0;
  const seedOrigins = new Set(starts.map((s) => new URL(s as string).origin));
  const hosts = new Map<string, Host>();
  const seen = new Set<string>();
  const records: CrawlRecord[] = [];
  const requests: CrawlRequest[] = [];
  const running = new Set<Promise<void>>();
  let wake: () => void = () => {};
  let started = 0;

  const hostOf = (url: string): Host => {
    const origin = new URL(url).origin;
    let host = hosts.get(origin);
    if (!host) hosts.set(origin, (host = { origin, queue: [], nextAt: 0, active: 0, delayMs: minDelayMs, loading: false }));
    return host;
  };
  const enqueue = (item: CrawlItem, front = false): void => void (front ? hostOf(item.url).queue.unshift(item) : hostOf(item.url).queue.push(item));
  const claim = (url: string, anyHost = false): boolean => {
    if (seen.has(url) || (!anyHost && scope === "seed-hosts" && !seedOrigins.has(new URL(url).origin))) return false;
    seen.add(url);
    return true;
  };
  const finish = (host: Host, item: CrawlItem, fields: Partial<CrawlRecord> & Pick<CrawlRecord, "outcome" | "reason">): void => {
    const decision = host.robots?.rules?.decide(item.url);
    const robots = { allowed: host.robots?.policy === "disallow-all" ? false : decision?.allowed ?? true, rule: decision?.rule, reason: host.robots?.reason ?? "not fetched" };
    const record: CrawlRecord = { url: item.firstUrl, finalUrl: item.url, host: new URL(item.firstUrl).origin, kind: item.kind, robots,
      depth: item.depth, redirects: item.redirects, attempts: item.attempts, foundOn: item.foundOn, ...fields };
    records.push(record);
    onProgress?.({ done: records.length, queued: [...hosts.values()].reduce((n, h) => n + h.queue.length, 0), record });
  };
  const takeSlot = async (host: Host, url: string, purpose: CrawlRequest["purpose"]): Promise<void> => {
    while (now() < host.nextAt) await sleep(host.nextAt - now());
    host.nextAt = now() + host.delayMs + SLACK_MS;
    requests.push({ host: host.origin, url, time: now(), purpose });
  };
  // The delay also runs from the END of a request: the server saw it arrive before it answered,
  // so the next arrival is at least the delay later however late the previous one got there.
  const releaseSlot = (host: Host): void => void (host.nextAt = Math.max(host.nextAt, now() + host.delayMs + SLACK_MS));
  const loadRobots = async (host: Host): Promise<void> => {
    const cached = robotsCache.get(host.origin);
    const verdict = cached ? { ok: true } : await guardHost(new URL(host.origin).hostname, guard);
    if (!verdict.ok) host.refused = verdict.reason;
    host.robots = cached ?? (verdict.ok
      ? await fetchRobots(host.origin, { dispatcher, userAgent, timeoutMs, beforeRequest: (url) => takeSlot(host, url, "robots"), afterRequest: () => releaseSlot(host) })
      : { origin: host.origin, policy: "disallow-all", reason: `address refused: ${verdict.reason}`, hops: [], text: "", fetchedAt: Date.now() });
    if (!cached && verdict.ok) robotsCache.set(host.origin, host.robots);
    const delay = Math.max(minDelayMs, (host.robots.rules?.crawlDelay ?? 0) * 1000);
    host.nextAt += delay - host.delayMs;
    host.delayMs = delay;
  };
  const fetchItem = async (host: Host, item: CrawlItem): Promise<void> => {
    await takeSlot(host, item.url, item.kind);
    const page = await fetchPage(item.url, { dispatcher, userAgent, timeoutMs, maxBytes, accept });
    releaseSlot(host);
    item.attempts++;
    const action = handleResponse(item, page, { maxRedirects, maxRetries, backoffMs, maxRetryAfterMs, maxDepth, fetchImages, keepBodies, claim, nowMs: Date.now() });
    if (action.retryInMs !== undefined) {
      host.nextAt = Math.max(host.nextAt, now() + action.retryInMs);
      enqueue(item, true);
      started--;
    }
    if (action.record) finish(host, item, { ...action.record, fetchedAt: new Date().toISOString() });
    for (const next of action.follow) enqueue(next);
  };
  const run = (host: Host, task: Promise<void>): void => {
    host.active++;
    const p = task.catch(() => undefined).finally(() => (host.active--, running.delete(p), wake()));
    running.add(p);
  };

  for (const url of starts as string[]) if (claim(url)) enqueue({ url, firstUrl: url, kind: "page", depth: 0, redirects: [], attempts: 0 });
  try {
    for (;;) {
      let soonest = Infinity;
      const stopping = now() > timeLimitMs;
      for (const host of hosts.values()) {
        if (host.active >= perHostConcurrency || host.loading || host.queue.length === 0) continue;
        if (host.robots) {
          for (let skip = skipReason(host, host.queue[0], maxCrawlDelayMs); skip; skip = host.queue.length ? skipReason(host, host.queue[0], maxCrawlDelayMs) : undefined) {
            finish(host, host.queue.shift() as CrawlItem, { outcome: skip[0], reason: skip[1], message: skip[2] });
          }
          if (host.queue.length === 0) continue;
        }
        if (stopping || (host.robots && started >= maxPages)) {
          const reason = stopping ? "time-limit" : "page-limit";
          while (host.queue.length) finish(host, host.queue.shift() as CrawlItem, { outcome: "skipped", reason });
          continue;
        }
        if (running.size >= concurrency) continue;
        if (now() < host.nextAt) { soonest = Math.min(soonest, host.nextAt); continue; }
        if (!host.robots) {
          host.loading = true;
          run(host, loadRobots(host).finally(() => (host.loading = false)));
        } else {
          started++;
          run(host, fetchItem(host, host.queue.shift() as CrawlItem));
        }
      }
      if (running.size === 0 && soonest === Infinity) break;
      await new Promise<void>((resolve) => {
        const timer = soonest < Infinity ? setTimeout(resolve, Math.max(0, soonest - now())) : undefined;
        wake = () => (clearTimeout(timer), resolve());
      });
    }
  } finally {
    await Promise.allSettled([...running]);
    await dispatcher.close();
  }
  records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  requests.sort((a, b) => a.time - b.time);
  const robots = [...hosts.values()].map((h) => h.robots).filter((r): r is RobotsEntry => r !== undefined);
  return { records, robots, requests, summary: summarizeCrawl(records, requests.length) };
}
