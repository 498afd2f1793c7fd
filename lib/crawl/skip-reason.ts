import type { CrawlRecord } from "./crawl-types";
import type { CrawlItem } from "./handle-response";
import type { CrawlHost } from "./host-scheduler";

/**
 * Why a queued URL must not be requested at all, or undefined when it may be:
 * the host's address was refused, its Crawl-delay is longer than we wait, its
 * robots.txt was unavailable (disallow all), or a robots.txt rule disallows it.
 *
 * @example
 * skipReason(host, frontier.peek(host.origin), 60_000); // ["skipped", "robots", "Disallowed by 'Disallow: /staff/' (line 4)."]
 */
export function skipReason(host: CrawlHost, item: CrawlItem, maxCrawlDelayMs: number): [CrawlRecord["outcome"], string, string?] | undefined {
  if (host.refused) return ["error", "refused-address", host.refused];
  if (host.delayMs > maxCrawlDelayMs) return ["skipped", "crawl-delay-too-long", `Crawl-delay ${host.delayMs} ms is over ${maxCrawlDelayMs}.`];
  if (host.robots?.policy === "disallow-all") return ["skipped", "robots-unavailable", host.robots.reason];
  const decision = host.robots?.rules?.decide(item.url);
  if (decision && !decision.allowed) return ["skipped", "robots", `Disallowed by '${decision.rule}' (line ${decision.line}).`];
  return undefined;
}
