import { fetchPage, type FetchPageOptions } from "./fetch-page";
import { parseRobots, type RobotsRules } from "./parse-robots";

/** The robots.txt of one origin as the crawler understood it. */
export interface RobotsEntry {
  origin: string;
  /** "rules" (a file was read), "allow-all" (4xx) or "disallow-all" (5xx, unreachable). */
  policy: "rules" | "allow-all" | "disallow-all";
  /** Why, in words, e.g. "robots.txt answered 500: everything is disallowed". */
  reason: string;
  /** Final HTTP status, if any answer came. */
  status?: number;
  /** The URLs requested, in order (more than one when redirected). */
  hops: string[];
  /** The file as parsed (first 500 KiB), "" when none. */
  text: string;
  rules?: RobotsRules;
  /** When it was fetched (ms since the epoch), for the 24 h cache. */
  fetchedAt: number;
}

/** Options for {@link fetchRobots}. */
export interface FetchRobotsOptions extends FetchPageOptions {
  /** Redirects followed (RFC 9309 asks for at least 5). Default 5. */
  maxHops?: number;
  /** Called before each request, e.g. to wait for the host's politeness delay. Default: none. */
  beforeRequest?: (url: string) => Promise<void>;
  /** Called after each request has completed, e.g. to start the host's delay. Default: none. */
  afterRequest?: (url: string) => void;
  /** Clock for `fetchedAt`. Default Date.now. */
  now?: () => number;
}

/**
 * Fetches and interprets /robots.txt of an origin the RFC 9309 way: redirects are
 * followed up to `maxHops`; a 4xx (or too many redirects) means no rules apply;
 * a 5xx, 429 or an unreachable server means everything is disallowed; only the
 * first 500 KiB are parsed. Never throws.
 *
 * @example
 * const entry = await fetchRobots("http://127.0.0.2:8080", { userAgent: "uyd-lab-bot/0.1 (+mailto:me@example.org)" });
 * entry.rules?.decide("http://127.0.0.2:8080/staff/").allowed;
 */
export async function fetchRobots(origin: string, options: FetchRobotsOptions = {}): Promise<RobotsEntry> {
  const { maxHops = 5, beforeRequest, afterRequest, now = Date.now, ...fetchOptions } = options;
  const hops: string[] = [];
  // The rules are parsed from the bytes, so a whole or partial byte-order mark is seen as sent.
  const done = (policy: RobotsEntry["policy"], reason: string, status?: number, body: Buffer = Buffer.alloc(0)): RobotsEntry => ({
    origin, policy, reason, status, hops, text: body.toString("utf8"), fetchedAt: now(),
    rules: policy === "rules" ? parseRobots(body, fetchOptions.userAgent ?? "") : undefined,
  });
  let url = new URL("/robots.txt", origin).href;
  for (let hop = 0; hop <= maxHops; hop++) {
    hops.push(url);
    await beforeRequest?.(url);
    const page = await fetchPage(url, { ...fetchOptions, maxBytes: 500 * 1024, truncate: true, accept: undefined });
    afterRequest?.(url);
    if (!page.ok) return done("disallow-all", `robots.txt unreachable (${page.reason}): everything is disallowed`);
    const status = page.status ?? 0;
    const location = page.headers?.location;
    if (status >= 300 && status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    if (status >= 200 && status < 300) return done("rules", `robots.txt read (${page.body?.length ?? 0} bytes${page.truncated ? ", cut at 500 KiB" : ""})`, status, page.body);
    if (status === 429 || status >= 500) return done("disallow-all", `robots.txt answered ${status}: everything is disallowed`, status);
    return done("allow-all", `robots.txt answered ${status}: no rules apply`, status);
  }
  return done("allow-all", `robots.txt redirected more than ${maxHops} times: treated as unavailable, no rules apply`);
}
