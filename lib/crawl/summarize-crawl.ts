import type { CrawlRecord, CrawlSummary } from "./crawl-types";

/**
 * Counts what a crawl did: fetched, skipped by robots.txt (including hosts whose
 * robots.txt was unavailable), everything else by reason, and the links dropped
 * because no request was left for them.
 *
 * @example
 * summarizeCrawl(result.records); // { fetched: 12, skippedByRobots: 5, errors: { timeout: 1 }, requests: 30, hosts: 8, dropped: {} }
 */
export function summarizeCrawl(records: CrawlRecord[], requests = 0, dropped: Record<string, number> = {}): CrawlSummary {
  const errors: Record<string, number> = {};
  let fetched = 0;
  let skippedByRobots = 0;
  for (const r of records) {
    if (r.outcome === "fetched") fetched++;
    else if (r.reason === "robots" || r.reason === "robots-unavailable") skippedByRobots++;
    else errors[r.reason] = (errors[r.reason] ?? 0) + 1;
  }
  return { fetched, skippedByRobots, errors, requests, hosts: new Set(records.map((r) => r.host)).size, dropped: { ...dropped } };
}
