import { parseHTML } from "linkedom";
import { licenceHints, type PageTerms } from "./licence-hints";
import { normalizeUrl } from "./normalize-url";

/** An image on a page with its alt text: one LAION-style image-text pair. */
export interface ImageText {
  /** Absolute, normalised image URL. */
  src: string;
  /** The alt attribute; null when missing, "" when the image is marked decorative. */
  alt: string | null;
}

/** What one HTML page holds for a crawler. */
export interface PageContent extends PageTerms {
  title: string;
  /** Absolute, normalised, de-duplicated http(s) links. */
  links: string[];
  images: ImageText[];
}

interface El { getAttribute(name: string): string | null; hasAttribute(name: string): boolean }
const all = (doc: { querySelectorAll(s: string): unknown }, selector: string): El[] =>
  Array.from(doc.querySelectorAll(selector) as ArrayLike<El>);

/**
 * Parses an HTML page with linkedom (a real HTML parser, not regexes) and returns
 * its title, links, images with alt text, licence hints and opt-outs. `<base
 * href>` is honoured; links marked rel="nofollow" are kept out.
 *
 * @example
 * extractPage('<a href="/b">b</a><img src="x.jpg" alt="A cat">', "http://127.0.0.2/a/");
 * // { title: "", links: ["http://127.0.0.2/b"], images: [{ src: "http://127.0.0.2/a/x.jpg", alt: "A cat" }], ... }
 */
export function extractPage(html: string, pageUrl: string, headers: Record<string, string> = {}): PageContent {
  const { document } = parseHTML(html);
  const baseHref = document.querySelector("base[href]")?.getAttribute("href");
  const base = (baseHref && normalizeUrl(baseHref, { base: pageUrl })) || pageUrl;
  const links = new Set<string>();
  for (const a of all(document, "a[href]")) {
    if (/\bnofollow\b/i.test(a.getAttribute("rel") ?? "")) continue;
    const url = normalizeUrl(a.getAttribute("href") ?? "", { base });
    if (url) links.add(url);
  }
  const images: ImageText[] = [];
  for (const el of all(document, "img[src]")) {
    const src = normalizeUrl(el.getAttribute("src") ?? "", { base });
    if (src) images.push({ src, alt: el.hasAttribute("alt") ? (el.getAttribute("alt") ?? "").trim() : null });
  }
  const title = (document.querySelector("title")?.textContent ?? "").trim();
  return { title, links: [...links], images, ...licenceHints(document, headers) };
}
