import type { CrawlProgress, CrawlRecord, CrawlRequest } from "./crawl-types";
import type { CrawlItem } from "./handle-response";
import type { CrawlHost } from "./host-scheduler";

/** The fields of a record that the step that ended it knows. */
export type RecordFields = Partial<CrawlRecord> & Pick<CrawlRecord, "outcome" | "reason">;

/** Options for {@link createCrawlLog}. */
export interface CrawlLogOptions {
  /** Milliseconds since the crawl started. */
  now: () => number;
  /** URLs still waiting, for the progress report. */
  queued: () => number;
  onProgress?: (progress: CrawlProgress) => void;
}

/** Everything a crawl did: one record per URL and every request sent. */
export interface CrawlLog {
  records: CrawlRecord[];
  requests: CrawlRequest[];
  /** Ends an item's story as one record, with the robots decision that applied to it. */
  finish(host: CrawlHost, item: CrawlItem, fields: RecordFields): void;
  request(host: CrawlHost, url: string, purpose: CrawlRequest["purpose"]): void;
}

/**
 * The record log of `crawl()`: every URL ends as exactly one record (fetched,
 * skipped or error, with its robots decision and how it was found), every request
 * is logged with its time, and each new record is reported to `onProgress`.
 *
 * @example
 * const log = createCrawlLog({ now, queued: () => frontier.size(), onProgress });
 * log.finish(host, item, { outcome: "skipped", reason: "robots" });
 */
export function createCrawlLog(options: CrawlLogOptions): CrawlLog {
  const { now, queued, onProgress } = options;
  const records: CrawlRecord[] = [];
  const requests: CrawlRequest[] = [];
  return {
    records,
    requests,
    finish(host, item, fields) {
      const decision = host.robots?.rules?.decide(item.url);
      const allowed = host.robots?.policy === "disallow-all" ? false : decision?.allowed ?? true;
      const robots = { allowed, rule: decision?.rule, reason: host.robots?.reason ?? "not fetched" };
      const record: CrawlRecord = { url: item.firstUrl, finalUrl: item.url, host: new URL(item.firstUrl).origin, kind: item.kind, robots,
        depth: item.depth, redirects: item.redirects, attempts: item.attempts, foundOn: item.foundOn, ...fields };
      records.push(record);
      onProgress?.({ done: records.length, queued: queued(), record });
    },
    request(host, url, purpose) {
      requests.push({ host: host.origin, url, time: now(), purpose });
    },
  };
}
