import type * as Htmlparser2 from "htmlparser2";
import { lazyModule } from "../data/lazy-module";
import { licenceHints, type PageTerms } from "./licence-hints";
import { normalizeUrl } from "./normalize-url";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const htmlparser2 = lazyModule<typeof Htmlparser2>(() => require("htmlparser2"));

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

type Attrs = Record<string, string>;
interface Found { getAttribute(name: string): string | null }
const found = (attrs: Attrs): Found => ({ getAttribute: (name) => (name in attrs ? attrs[name] : null) });

/**
 * Reads an HTML page with htmlparser2's streaming tokenizer (a real HTML parser,
 * not regexes) and returns its title, links, images with alt text, licence hints
 * and opt-outs. `<base href>` is honoured; links marked rel="nofollow" are kept
 * out. No document tree is built: a page with 100,000 links costs the links and
 * not a DOM of them (linkedom's tree of such a page took about 300 MB).
 *
 * @example
 * extractPage('<a href="/b">b</a><img src="x.jpg" alt="A cat">', "http://127.0.0.2/a/");
 * // { title: "", links: ["http://127.0.0.2/b"], images: [{ src: "http://127.0.0.2/a/x.jpg", alt: "A cat" }], ... }
 */
export function extractPage(html: string, pageUrl: string, headers: Record<string, string> = {}): PageContent {
  const anchors: Attrs[] = [];
  const imgs: Attrs[] = [];
  const licensed: Found[] = [];
  const metas: Found[] = [];
  let baseHref: string | undefined;
  let title: string | undefined;
  let inTitle = false;
  const parser = new htmlparser2.Parser({
    onopentag(name, attrs) {
      if (name === "title" && title === undefined) {
        inTitle = true;
        title = "";
      }
      if (name === "base" && attrs.href !== undefined && baseHref === undefined) baseHref = attrs.href;
      if (name === "a" && attrs.href !== undefined) anchors.push(attrs);
      if (name === "img" && attrs.src !== undefined) imgs.push(attrs);
      if (name === "meta" && attrs.name !== undefined) metas.push(found(attrs));
      if (/(^|\s)license(\s|$)/i.test(attrs.rel ?? "")) licensed.push(found(attrs));
    },
    ontext(text) {
      if (inTitle) title += text;
    },
    onclosetag(name) {
      if (name === "title") inTitle = false;
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  const base = (baseHref && normalizeUrl(baseHref, { base: pageUrl })) || pageUrl;
  const links = new Set<string>();
  for (const a of anchors) {
    if (/\bnofollow\b/i.test(a.rel ?? "")) continue;
    const url = normalizeUrl(a.href, { base });
    if (url) links.add(url);
  }
  const images: ImageText[] = [];
  for (const el of imgs) {
    const src = normalizeUrl(el.src, { base });
    if (src) images.push({ src, alt: el.alt !== undefined ? el.alt.trim() : null });
  }
  // licenceHints asks for '[rel~="license"]' and 'meta[name]': the two lists collected above.
  const document = { querySelectorAll: (selector: string): Found[] => (selector === "meta[name]" ? metas : licensed) };
  return { title: (title ?? "").trim(), links: [...links], images, ...licenceHints(document, headers) };
}
