import type * as Linkedom from "linkedom";
import { lazyModule } from "../data/lazy-module";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const linkedom = lazyModule<typeof Linkedom>(() => require("linkedom"));

/** The little of a DOM element this parser needs (linkedom's XML nodes). */
interface XmlNode { getElementsByTagName(tag: string): ArrayLike<XmlNode>; textContent: string | null }

/** One abstract from an arXiv API Atom feed. */
export interface ArxivEntry {
  id: string;
  /** ISO date of the first version, e.g. "2023-03-14T17:59:01Z". */
  published: string;
  title: string;
  /** The abstract, whitespace collapsed. */
  summary: string;
}

/**
 * Reads the entries of an arXiv API response (Atom XML). Entries without an id or a
 * summary are skipped; a document that is not a feed gives an empty list.
 *
 * @example
 * parseArxivFeed(xml).map((e) => e.summary);
 */
export function parseArxivFeed(xml: string): ArxivEntry[] {
  const doc = new linkedom.DOMParser().parseFromString(String(xml ?? ""), "text/xml") as unknown as XmlNode;
  const text = (el: XmlNode, tag: string) => (el.getElementsByTagName(tag)[0]?.textContent ?? "").replace(/\s+/g, " ").trim();
  const out: ArxivEntry[] = [];
  for (const entry of Array.from(doc.getElementsByTagName("entry"))) {
    const e = { id: text(entry, "id"), published: text(entry, "published"), title: text(entry, "title"), summary: text(entry, "summary") };
    if (e.id && e.summary) out.push(e);
  }
  return out;
}
