import { InputError } from "../errors/workshop-error";

/** Options for {@link arxivQueryUrl}. */
export interface ArxivQueryUrlOptions {
  /** arXiv category. Default "cs.CL". */
  category?: string;
  /** Results per request (arXiv allows up to 2000; be modest). Default 100. */
  max?: number;
  /** Offset of the first result. Default 0. */
  start?: number;
  /** API endpoint; point it at a local mirror in tests. Default "https://export.arxiv.org/api/query". */
  base?: string;
}

/**
 * The arXiv API query for one month of submissions in one category, oldest first.
 *
 * @example
 * arxivQueryUrl("2023-03", { max: 50 });
 * // "https://export.arxiv.org/api/query?search_query=cat:cs.CL+AND+submittedDate:[202303010000+TO+202303312359]&start=0&max_results=50&sortBy=submittedDate&sortOrder=ascending"
 */
export function arxivQueryUrl(month: string, options: ArxivQueryUrlOptions = {}): string {
  const { category = "cs.CL", max = 100, start = 0, base = "https://export.arxiv.org/api/query" } = options;
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || +m[2] < 1 || +m[2] > 12) {
    throw new InputError(`Expected a month as "YYYY-MM", got '${month}'.`, "Pass months like \"2023-03\".");
  }
  const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
  const range = `[${m[1]}${m[2]}010000+TO+${m[1]}${m[2]}${String(last).padStart(2, "0")}2359]`;
  return `${base}?search_query=cat:${category}+AND+submittedDate:${range}&start=${start}&max_results=${max}&sortBy=submittedDate&sortOrder=ascending`;
}
