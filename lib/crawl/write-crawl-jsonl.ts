import type { CrawlRecord } from "./crawl-types";
import { writeFileAtomic } from "../data/write-file-atomic";

/**
 * Writes crawl records as JSON Lines, one record per line without its body:
 * the provenance of every URL (where it came from, when, the robots decision,
 * the licence hints, the content hash). Written atomically.
 *
 * @returns the number of lines written
 * @example
 * writeCrawlJsonl(result.records, "out/crawl/records.jsonl");
 */
export function writeCrawlJsonl(records: CrawlRecord[], path: string): number {
  const lines = records.map(({ body, ...rest }) => JSON.stringify(rest));
  writeFileAtomic(path, lines.join("\n") + (lines.length ? "\n" : ""));
  return lines.length;
}
