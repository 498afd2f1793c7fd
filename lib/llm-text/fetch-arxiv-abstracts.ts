import { crawl } from "../crawl/crawl";
import { normalizeUrl } from "../crawl/normalize-url";
import { arxivQueryUrl } from "./arxiv-query-url";
import { parseArxivFeed, type ArxivEntry } from "./parse-arxiv-feed";

/** Options for {@link fetchArxivAbstracts}. `userAgent` is required. */
export interface FetchArxivAbstractsOptions {
  /** Product token, version and contact e-mail, e.g. "uyd-lab-bot/0.1 (+mailto:you@example.org)". */
  userAgent: string;
  /** arXiv category. Default "cs.CL". */
  category?: string;
  /** Abstracts per month (one request each). Default 100. */
  perMonth?: number;
  /** Ms between two requests; arXiv asks for at least 3 s. Default 3000. */
  minDelayMs?: number;
  /** API endpoint (a local mirror in tests). Default "https://export.arxiv.org/api/query". */
  base?: string;
  /** Private ranges the crawler may reach (a mirror on 127.0.0.1 needs ["127.0.0.0/8"]). Default []. */
  allowAddresses?: string[];
}

/** One month's outcome: its abstracts, or (ok false, entries empty) why there are none. */
export interface ArxivMonth {
  month: string;
  ok: boolean;
  entries: ArxivEntry[];
  /** Why the month failed, when ok is false. */
  error?: string;
}

/**
 * Fetches one page of abstracts per month from the arXiv API with the workshop's polite
 * crawler (robots.txt honoured, one request at a time, `minDelayMs` apart, limits on time
 * and size). A month that fails is reported with its reason; the others go on.
 *
 * @example
 * const months = await fetchArxivAbstracts(["2022-03", "2023-03"], { userAgent: UA, perMonth: 50 });
 * months.filter((m) => m.ok).map((m) => wordDocFrequencies(m.entries.map((e) => e.summary), ["intricate"]));
 */
export async function fetchArxivAbstracts(months: string[], options: FetchArxivAbstractsOptions): Promise<ArxivMonth[]> {
  const { userAgent, category = "cs.CL", perMonth = 100, minDelayMs = 3000, base, allowAddresses = [] } = options;
  const urls = months.map((m) => arxivQueryUrl(m, { category, max: perMonth, base }));
  const result = await crawl({
    seeds: urls, userAgent, maxDepth: 0, maxPages: urls.length, minDelayMs, concurrency: 1, fetchImages: false,
    accept: ["application/atom+xml", "application/xml", "text/xml"], allowAddresses, keepBodies: true,
    timeLimitMs: urls.length * (minDelayMs + 30_000),
  });
  return months.map((month, i) => {
    const wanted = normalizeUrl(urls[i]);
    const rec = result.records.find((r) => r.url === wanted);
    if (!rec) return { month, ok: false, entries: [], error: "not requested (time limit or page limit)" };
    if (rec.outcome !== "fetched" || !rec.body || (rec.status ?? 200) >= 400) {
      return { month, ok: false, entries: [], error: `${rec.reason}${rec.status ? ` (HTTP ${rec.status})` : ""}${rec.message ? `: ${rec.message}` : ""}` };
    }
    return { month, ok: true, entries: parseArxivFeed(rec.body.toString("utf8")) };
  });
}
