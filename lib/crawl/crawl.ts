import { performance } from "node:perf_hooks";
import { InputError } from "../errors/workshop-error";
import { addressGuard } from "./address-guard";
import { checkUserAgent } from "./check-user-agent";
import { createCrawlLog } from "./crawl-log";
import { createFrontier, type FrontierVerdict } from "./crawl-frontier";
import type { CrawlOptions, CrawlResult } from "./crawl-types";
import { fetchPage } from "./fetch-page";
import { fetchRobots, type RobotsEntry } from "./fetch-robots";
import { guardHost } from "./guard-host";
import { guardedAgent, systemResolve } from "./guarded-agent";
import { handleResponse, type CrawlItem } from "./handle-response";
import { createHostScheduler, type CrawlHost as Host } from "./host-scheduler";
import { normalizeUrl } from "./normalize-url";
import { createRobotsCache } from "./robots-cache";
import { skipReason } from "./skip-reason";
import { summarizeCrawl } from "./summarize-crawl";

/**
 * Crawls politely from `seeds`: robots.txt first (cached, RFC 9309), then one
 * request at a time per host spaced by max(minDelayMs, Crawl-delay), a global
 * concurrency limit across hosts, retries with Retry-After, and hard limits on
 * time, size, redirects, depth and page count. Refuses to start without a user
 * agent carrying a contact e-mail. Private, loopback and link-local addresses
 * are refused unless listed in `allowAddresses`. Every URL it queues ends as one
 * record: fetched, skipped (with the robots rule) or error (with its reason);
 * links beyond what it can still fetch are counted in `summary.dropped`.
 * The parts live in files of their own: the bounded frontier (crawl-frontier.ts),
 * the per-host scheduler (host-scheduler.ts) and the record log (crawl-log.ts).
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
    robotsCache = createRobotsCache(), timeLimitMs = 300_000, onProgress, maxPagesPerHost = maxPages,
    followOffScopeRedirects = false, resolve = systemResolve } = options ?? ({} as CrawlOptions);
  checkUserAgent(userAgent);
  const starts = (Array.isArray(seeds) ? seeds : []).map((s) => normalizeUrl(String(s)));
  if (starts.length === 0 || starts.some((s) => s === null)) {
    throw new InputError(`Seeds must be a non-empty list of http(s) URLs, got ${JSON.stringify(seeds)}.`, "Pass seeds: [\"http://127.0.0.2:8080/\"].");
  }
  const guard = addressGuard({ allow: allowAddresses });
  const dispatcher = guardedAgent(guard, { connectTimeoutMs, connections: perHostConcurrency, resolve });
  const t0 = performance.now();
  const now = (): number => performance.now() - t0;
  const seedOrigins = new Set(starts.map((s) => new URL(s as string).origin));
  const frontier = createFrontier({ maxPages, maxPagesPerHost, scope, seedOrigins });
  const log = createCrawlLog({ now, queued: () => frontier.size(), onProgress });
  const scheduler = createHostScheduler({ minDelayMs, now, onRequest: (host, url, purpose) => log.request(host, url, purpose) });
  const running = new Set<Promise<void>>();
  let wake: () => void = () => {};

  const loadRobots = async (host: Host): Promise<void> => {
    const cached = robotsCache.get(host.origin);
    const verdict = cached ? { ok: true } : await guardHost(new URL(host.origin).hostname, guard, resolve);
    if (!verdict.ok) host.refused = verdict.reason;
    host.robots = cached ?? (verdict.ok
      ? await fetchRobots(host.origin, { dispatcher, userAgent, timeoutMs, onHeaders: () => scheduler.releaseSlot(host),
        beforeRequest: (url) => scheduler.takeSlot(host, url, "robots"), afterRequest: () => scheduler.releaseSlot(host) })
      : { origin: host.origin, policy: "disallow-all", reason: `address refused: ${verdict.reason}`, hops: [], text: "", fetchedAt: Date.now() });
    if (!cached && verdict.ok) robotsCache.set(host.origin, host.robots);
    scheduler.setDelay(host, Math.max(minDelayMs, (host.robots.rules?.crawlDelay ?? 0) * 1000));
  };
  /** Hands an item to the frontier; a host first met this way gets its scheduler state. */
  const offer = (item: CrawlItem, anyHost?: boolean): FrontierVerdict => {
    const verdict = frontier.offer(item, anyHost);
    if (verdict === "queued") scheduler.host(new URL(item.url).origin);
    return verdict;
  };
  const limits = { maxRedirects, maxRetries, backoffMs, maxRetryAfterMs, maxDepth, fetchImages, keepBodies, followOffScopeRedirects, guard,
    offer };
  const fetchItem = async (host: Host, item: CrawlItem): Promise<void> => {
    await scheduler.takeSlot(host, item.url, item.kind);
    const page = await fetchPage(item.url, { dispatcher, userAgent, timeoutMs, maxBytes, accept, onHeaders: () => scheduler.releaseSlot(host) });
    scheduler.releaseSlot(host);
    item.attempts++;
    const action = handleResponse(item, page, { ...limits, nowMs: Date.now() });
    if (action.retryInMs !== undefined) {
      scheduler.pause(host, action.retryInMs);
      frontier.retry(item);
    }
    if (action.record) log.finish(host, item, { ...action.record, fetchedAt: new Date().toISOString() });
  };
  const run = (host: Host, task: Promise<void>): void => {
    host.active++;
    const p = task.catch(() => undefined).finally(() => (host.active--, running.delete(p), wake()));
    running.add(p);
  };
  /** Ends, without a request, every queued item of a host that must not be asked for it. */
  const skipQueued = (host: Host): void => {
    for (let item = frontier.peek(host.origin); item; item = frontier.peek(host.origin)) {
      const skip = skipReason(host, item, maxCrawlDelayMs);
      if (!skip) return;
      log.finish(host, frontier.take(host.origin, false) as CrawlItem, { outcome: skip[0], reason: skip[1], message: skip[2] });
    }
  };

  for (const url of starts as string[]) {
    const item: CrawlItem = { url, firstUrl: url, kind: "page", depth: 0, redirects: [], attempts: 0 };
    offer(item);
  }
  try {
    for (;;) {
      let soonest = Infinity;
      const stopping = now() > timeLimitMs;
      for (const host of scheduler.hosts()) {
        if (host.active >= perHostConcurrency || host.loading || frontier.size(host.origin) === 0) continue;
        if (host.robots) skipQueued(host);
        if (frontier.size(host.origin) === 0) continue;
        if (stopping || (host.robots && frontier.started() >= maxPages)) {
          const reason = stopping ? "time-limit" : "page-limit";
          while (frontier.size(host.origin)) log.finish(host, frontier.take(host.origin, false) as CrawlItem, { outcome: "skipped", reason });
          continue;
        }
        if (running.size >= concurrency) continue;
        if (now() < host.nextAt) { soonest = Math.min(soonest, host.nextAt); continue; }
        if (!host.robots) {
          host.loading = true;
          run(host, loadRobots(host).finally(() => (host.loading = false)));
        } else {
          run(host, fetchItem(host, frontier.take(host.origin, true) as CrawlItem));
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
  const records = log.records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const requests = log.requests.sort((a, b) => a.time - b.time);
  const robots = [...scheduler.hosts()].map((h) => h.robots).filter((r): r is RobotsEntry => r !== undefined);
  return { records, robots, requests, summary: summarizeCrawl(records, requests.length, frontier.dropped) };
}
