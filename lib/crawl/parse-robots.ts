import robotsParser from "robots-parser";
import { prepareRobotsTxt } from "./prepare-robots-txt";
import { productToken } from "./product-token";

/** Why one URL is allowed or not, for one agent. */
export interface RobotsDecision {
  allowed: boolean;
  /** 1-based line of the rule that decided, or undefined when no rule matched (allowed). */
  line?: number;
  /** The deciding line as written, e.g. "Disallow: /drafts/". */
  rule?: string;
}

/** The rules of one robots.txt as they apply to one agent. */
export interface RobotsRules {
  /** The product token the groups were matched with. */
  agent: string;
  /** The decision for a URL (only its path and query are used). */
  decide(url: string): RobotsDecision;
  /** Crawl-delay in seconds for this agent, or undefined. */
  crawlDelay: number | undefined;
  sitemaps: string[];
}

/** Options for {@link parseRobots}. */
export interface ParseRobotsOptions {
  /** Bytes of the file that are parsed. Default 512000 (500 KiB, RFC 9309). */
  maxBytes?: number;
}

const BASE = "http://robots.invalid";

/**
 * Parses a robots.txt for one user agent with `robots-parser`, after
 * {@link prepareRobotsTxt} has closed its RFC 9309 gaps. `userAgent` may be a full
 * User-Agent header; its product token picks the group (else the `*` group).
 *
 * @example
 * const rules = parseRobots("User-agent: *\nDisallow: /private/", "uyd-lab-bot/0.1");
 * rules.decide("http://127.0.0.2/private/a.html"); // { allowed: false, line: 2, rule: "Disallow: /private/" }
 */
export function parseRobots(robotsTxt: string | Uint8Array, userAgent: string, options: ParseRobotsOptions = {}): RobotsRules {
  const text = prepareRobotsTxt(robotsTxt, options);
  const lines = text.split(/\r\n|\r|\n/);
  const robots = robotsParser(`${BASE}/robots.txt`, text);
  const agent = productToken(userAgent) || "*";
  return {
    agent,
    crawlDelay: robots.getCrawlDelay(agent),
    sitemaps: robots.getSitemaps(),
    decide(url: string): RobotsDecision {
      const target = pathAndQuery(url);
      if (target === null) return { allowed: false, rule: "(not a valid URL)" };
      const allowed = robots.isAllowed(BASE + target, agent) !== false;
      const line = robots.getMatchingLineNumber(BASE + target, agent);
      if (typeof line !== "number" || line < 1) return { allowed };
      return { allowed, line, rule: lines[line - 1].replace(/#.*$/, "").trim() };
    },
  };
}

function pathAndQuery(url: string): string | null {
  try {
    const u = new URL(url);
    return (u.pathname || "/") + u.search;
  } catch {
    return null;
  }
}
