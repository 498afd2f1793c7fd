import type { CrawlItem } from "./handle-response";

/** Limits of a {@link createFrontier}. */
export interface FrontierLimits {
  /** Requests the whole crawl may still make (robots.txt not counted). */
  maxPages: number;
  /** Requests one origin may get. */
  maxPagesPerHost: number;
  /** "seed-hosts": only URLs on the seeds' origins are taken; "any": all. */
  scope: "seed-hosts" | "any";
  seedOrigins: Set<string>;
}

/** What became of a URL offered to the frontier. */
export type FrontierVerdict = "queued" | "seen" | "out-of-scope" | "page-limit" | "host-limit";

/** The URLs a crawl still means to fetch, per origin, never more than it can still fetch. */
export interface Frontier {
  /** Queues an item unless its URL was seen, is out of scope (unless `anyHost`), or no request is left for it. */
  offer(item: CrawlItem, anyHost?: boolean): FrontierVerdict;
  /** Puts an item back at the front of its queue for a retry; its request is given back. */
  retry(item: CrawlItem): void;
  /** The next item of an origin, without taking it. */
  peek(origin: string): CrawlItem | undefined;
  /** Takes the next item of an origin; `request` says whether it is about to be requested (else it ends unrequested). */
  take(origin: string, request: boolean): CrawlItem | undefined;
  /** Items waiting on an origin, or on all when no origin is given. */
  size(origin?: string): number;
  /** Requests started so far (retries given back). */
  started(): number;
  /** URLs not queued because no request was left for them, by reason ("page-limit", "host-limit"). */
  dropped: Record<string, number>;
}

/**
 * A bounded crawl frontier: per-origin FIFO queues that together never hold more
 * URLs than the crawl can still request, in total (`maxPages`) and per origin
 * (`maxPagesPerHost`). A URL beyond that is dropped and counted by reason, so a page
 * with 100,000 links costs 100,000 counts, not 100,000 queued items and records.
 * Seen URLs are remembered only once queued, so the set stays as small as the queue.
 *
 * @example
 * const frontier = createFrontier({ maxPages: 30, maxPagesPerHost: 30, scope: "seed-hosts", seedOrigins: new Set([origin]) });
 * frontier.offer({ url, firstUrl: url, kind: "page", depth: 0, redirects: [], attempts: 0 }); // "queued"
 */
export function createFrontier(limits: FrontierLimits): Frontier {
  const queues = new Map<string, CrawlItem[]>();
  const startedOn = new Map<string, number>();
  const seen = new Set<string>();
  const dropped: Record<string, number> = {};
  let queued = 0;
  let started = 0;
  const originOf = (url: string): string => new URL(url).origin;
  const queueOf = (origin: string): CrawlItem[] => {
    let q = queues.get(origin);
    if (!q) queues.set(origin, (q = []));
    return q;
  };
  const drop = (reason: "page-limit" | "host-limit"): FrontierVerdict => ((dropped[reason] = (dropped[reason] ?? 0) + 1), reason);
  return {
    offer(item, anyHost = false) {
      if (seen.has(item.url)) return "seen";
      const origin = originOf(item.url);
      if (!anyHost && limits.scope === "seed-hosts" && !limits.seedOrigins.has(origin)) return "out-of-scope";
      if (started + queued >= limits.maxPages) return drop("page-limit");
      const q = queueOf(origin);
      if ((startedOn.get(origin) ?? 0) + q.length >= limits.maxPagesPerHost) return drop("host-limit");
      seen.add(item.url);
      q.push(item);
      queued++;
      return "queued";
    },
    retry(item) {
      const origin = originOf(item.url);
      queueOf(origin).unshift(item);
      queued++;
      started--;
      startedOn.set(origin, (startedOn.get(origin) ?? 1) - 1);
    },
    peek: (origin) => queues.get(origin)?.[0],
    take(origin, request) {
      const item = queues.get(origin)?.shift();
      if (!item) return undefined;
      queued--;
      if (request) {
        started++;
        startedOn.set(origin, (startedOn.get(origin) ?? 0) + 1);
      }
      return item;
    },
    size: (origin) => (origin === undefined ? queued : queues.get(origin)?.length ?? 0),
    started: () => started,
    dropped,
  };
}
