import type { RobotsEntry } from "./fetch-robots";

/** What the crawler knows about one origin while it crawls (internal). */
export interface CrawlHost {
  origin: string;
  /** Earliest time (ms since the crawl started) the next request may start. */
  nextAt: number;
  /** Requests in flight. */
  active: number;
  /** The gap kept between two requests: max(minDelayMs, Crawl-delay). */
  delayMs: number;
  robots?: RobotsEntry;
  /** robots.txt is being fetched. */
  loading: boolean;
  /** Why the address guard refused this host, if it did. */
  refused?: string;
  /** The delay of the last request has been started (at its answer). */
  released?: boolean;
}

/** Options for {@link createHostScheduler}. */
export interface HostSchedulerOptions {
  /** Smallest gap between two requests to one host, in ms. */
  minDelayMs: number;
  /** Milliseconds since the crawl started. */
  now: () => number;
  /** Called when a request is sent, e.g. to log it. */
  onRequest?: (host: CrawlHost, url: string, purpose: "robots" | "page" | "image") => void;
}

/** Per-origin politeness: one gap between requests, counted from both the start and the end of the previous one. */
export interface HostScheduler {
  /** The state of an origin, created on first use. */
  host(origin: string): CrawlHost;
  hosts(): IterableIterator<CrawlHost>;
  /** Waits until the host may be asked again, then books the slot and reports the request. */
  takeSlot(host: CrawlHost, url: string, purpose: "robots" | "page" | "image"): Promise<void>;
  /** The request was answered (first call per request counts): the next one waits the delay from now, too. */
  releaseSlot(host: CrawlHost): void;
  /** Sets the host's delay (from its Crawl-delay), moving a booked slot by the difference. */
  setDelay(host: CrawlHost, delayMs: number): void;
  /** Keeps the host quiet for `ms` (a retry after 429/503). */
  pause(host: CrawlHost, ms: number): void;
}

/** Extra ms added to every per-host gap, against timer rounding. */
const SLACK_MS = 5;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * The per-host scheduler of `crawl()`: spaces the requests to each origin by its
 * delay, from the start of the previous request and from the moment its answer
 * began to arrive (the server had the request before it answered, so the next
 * arrival is at least the delay later however late the previous one got there,
 * and reading a long body does not stretch the gap), and holds a host back for a
 * retry. Call `releaseSlot` when the headers arrive and again when the request
 * ends; only the first call of a request counts.
 *
 * @example
 * const scheduler = createHostScheduler({ minDelayMs: 1000, now: () => performance.now() - t0 });
 * const host = scheduler.host("http://127.0.0.2:8080");
 * await scheduler.takeSlot(host, url, "page"); // ... request ...; scheduler.releaseSlot(host);
 */
export function createHostScheduler(options: HostSchedulerOptions): HostScheduler {
  const { minDelayMs, now, onRequest } = options;
  const hosts = new Map<string, CrawlHost>();
  return {
    host(origin) {
      let host = hosts.get(origin);
      if (!host) hosts.set(origin, (host = { origin, nextAt: 0, active: 0, delayMs: minDelayMs, loading: false }));
      return host;
    },
    hosts: () => hosts.values(),
    async takeSlot(host, url, purpose) {
      while (now() < host.nextAt) await sleep(host.nextAt - now());
      host.nextAt = now() + host.delayMs + SLACK_MS;
      host.released = false;
      onRequest?.(host, url, purpose);
    },
    releaseSlot(host) {
      if (host.released) return;
      host.released = true;
      host.nextAt = Math.max(host.nextAt, now() + host.delayMs + SLACK_MS);
    },
    setDelay(host, delayMs) {
      host.nextAt += delayMs - host.delayMs;
      host.delayMs = delayMs;
    },
    pause(host, ms) {
      host.nextAt = Math.max(host.nextAt, now() + ms);
    },
  };
}
