/** One hint about the terms a page is published under. */
export interface LicenceHint {
  /** Where it was found: "rel=license", "meta:<name>", "header:link". */
  source: string;
  /** The raw value (a URL or a text). */
  value: string;
  /** A short licence id when recognisable: "CC-BY-4.0", "CC0-1.0", "all-rights-reserved", else undefined. */
  licence?: string;
}

/** What a page says about itself: licence hints and opt-outs. */
export interface PageTerms {
  licences: LicenceHint[];
  /** Machine-readable reservations found: "noai", "noimageai", "tdm-reservation", "noindex", "nofollow". */
  optOuts: string[];
}

interface DocLike {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}

const META_NAMES = ["license", "dc.rights", "dcterms.license", "dcterms.rights", "copyright", "rights"];

/**
 * Reads the licence hints and opt-outs of one page: `rel="license"` links,
 * licence/rights/copyright meta tags, `<meta name="robots">` with noai/noimageai,
 * the TDM Reservation Protocol (`tdm-reservation` meta or header), X-Robots-Tag
 * and `Link: <...>; rel="license"` headers. Hints only: a licence is a legal
 * text, and the absence of a hint does not make a page free to use.
 *
 * @example
 * licenceHints(parseHTML(html).document, { "x-robots-tag": "noai" });
 */
export function licenceHints(document: DocLike, headers: Record<string, string> = {}): PageTerms {
  const licences: LicenceHint[] = [];
  const optOuts = new Set<string>();
  const add = (source: string, value: string | null): void => {
    const v = (value ?? "").trim();
    if (v && !licences.some((l) => l.value === v)) licences.push({ source, value: v, licence: licenceId(v) });
  };
  for (const el of Array.from(document.querySelectorAll('[rel~="license"]'))) add("rel=license", el.getAttribute("href"));
  for (const el of Array.from(document.querySelectorAll("meta[name]"))) {
    const name = (el.getAttribute("name") ?? "").toLowerCase();
    const content = el.getAttribute("content") ?? "";
    if (META_NAMES.includes(name)) add(`meta:${name}`, content);
    if (name === "robots" || name === "googlebot") robotsTokens(content).forEach((t) => optOuts.add(t));
    if (name === "tdm-reservation" && content.trim() === "1") optOuts.add("tdm-reservation");
  }
  robotsTokens(headers["x-robots-tag"] ?? "").forEach((t) => optOuts.add(t));
  if ((headers["tdm-reservation"] ?? "").trim() === "1") optOuts.add("tdm-reservation");
  const link = /<([^>]+)>\s*;\s*rel="?license"?/i.exec(headers["link"] ?? "");
  if (link) add("header:link", link[1]);
  return { licences, optOuts: [...optOuts].sort() };
}

function robotsTokens(content: string): string[] {
  return content.toLowerCase().split(/[\s,]+/).filter((t) => ["noai", "noimageai", "noindex", "nofollow"].includes(t));
}

/**
 * A short licence id for a licence URL or statement, or undefined.
 *
 * @example
 * licenceId("https://creativecommons.org/licenses/by-sa/4.0/"); // "CC-BY-SA-4.0"
 */
export function licenceId(value: string): string | undefined {
  const cc = /creativecommons\.org\/licenses\/([a-z-]+)\/(\d\.\d)/i.exec(value);
  if (cc) return `CC-${cc[1].toUpperCase()}-${cc[2]}`;
  if (/creativecommons\.org\/publicdomain\/zero\/1\.0/i.test(value)) return "CC0-1.0";
  if (/creativecommons\.org\/publicdomain\/mark/i.test(value)) return "public-domain-mark";
  if (/all rights reserved/i.test(value)) return "all-rights-reserved";
  return undefined;
}
