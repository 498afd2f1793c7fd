import type { CrawlRecord } from "./crawl-types";

/** One LAION-style image-text pair with its provenance. */
export interface ImageTextPair {
  /** The image URL. */
  src: string;
  /** The alt text ("" when the image is marked decorative, null when it has none). */
  alt: string | null;
  /** The page the image was shown on. */
  page: string;
  /** Licence id from the page's hints ("CC-BY-4.0", "all-rights-reserved", ...), or "unknown". */
  licence: string;
  /** The page's opt-outs ("noai", "tdm-reservation", ...), comma-separated, "" when none. */
  optOuts: string;
  /** Whether the image itself was downloaded. */
  fetched: boolean;
  /** sha256 of the image bytes when downloaded. */
  sha256?: string;
}

/**
 * Joins each fetched page's images (URL + alt text) with the page's licence hints
 * and opt-outs, and with the image's own record: the table you would publish as
 * an image-text data set, with the columns you need to decide whether you may.
 *
 * @example
 * const pairs = imageTextPairs(result.records).filter((p) => p.alt);
 */
export function imageTextPairs(records: CrawlRecord[]): ImageTextPair[] {
  const byUrl = new Map(records.map((r) => [r.finalUrl, r] as const));
  const pairs: ImageTextPair[] = [];
  for (const page of records) {
    if (page.outcome !== "fetched" || !page.images) continue;
    const licence = page.licences?.find((l) => l.licence)?.licence ?? "unknown";
    for (const image of page.images) {
      const own = byUrl.get(image.src);
      const fetched = own?.outcome === "fetched";
      pairs.push({ src: image.src, alt: image.alt, page: page.finalUrl, licence, optOuts: (page.optOuts ?? []).join(","), fetched, sha256: fetched ? own?.sha256 : undefined });
    }
  }
  return pairs;
}
