import type { RobotsEntry } from "./fetch-robots";

/** A robots.txt cache keyed by origin. */
export interface RobotsCache {
  /** The entry when present and younger than the maximum age, else undefined. */
  get(origin: string): RobotsEntry | undefined;
  set(origin: string, entry: RobotsEntry): void;
  size(): number;
}

/** Options for {@link createRobotsCache}. */
export interface RobotsCacheOptions {
  /** Oldest entry reused, in ms; capped at 24 h as RFC 9309 asks. Default 86400000. */
  maxAgeMs?: number;
  /** Clock. Default Date.now. */
  now?: () => number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * A robots.txt cache that forgets entries after at most 24 hours. Pass one to
 * several `crawl()` calls to fetch each robots.txt once a day, not once a crawl.
 *
 * @example
 * const cache = createRobotsCache();
 * await crawl({ seeds, userAgent, robotsCache: cache });
 */
export function createRobotsCache(options: RobotsCacheOptions = {}): RobotsCache {
  const { maxAgeMs = DAY, now = Date.now } = options;
  const maxAge = Math.min(maxAgeMs, DAY);
  const entries = new Map<string, RobotsEntry>();
  return {
    get(origin) {
      const entry = entries.get(origin);
      if (entry && now() - entry.fetchedAt < maxAge) return entry;
      entries.delete(origin);
      return undefined;
    },
    set(origin, entry) {
      entries.set(origin, entry);
    },
    size: () => entries.size,
  };
}
