/** Options for {@link normalizeUrl}. */
export interface NormalizeUrlOptions {
  /** Base to resolve relative links against. Default: none (the URL must be absolute). */
  base?: string;
  /** Query parameters dropped as tracking noise (exact names or a trailing-* prefix). Default ["utm_*", "fbclid", "gclid"]. */
  dropParams?: string[];
}

/**
 * Canonical form of a URL so that one page is fetched once: resolves it against
 * `base`, keeps http(s) only, lower-cases scheme and host (WHATWG URL does),
 * drops the default port, the fragment and tracking parameters, sorts the
 * remaining query parameters, and upper-cases percent-escapes. Returns null for
 * anything that is not an http(s) URL (mailto:, javascript:, garbage).
 *
 * @example
 * normalizeUrl("HTTP://Example.org:80/a/../b/?utm_source=x&z=1&a=2#top"); // "http://example.org/b/?a=2&z=1"
 */
export function normalizeUrl(url: string, options: NormalizeUrlOptions = {}): string | null {
  const { base, dropParams = ["utm_*", "fbclid", "gclid"] } = options;
  let u: URL;
  try {
    u = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  const drop = (name: string): boolean =>
    dropParams.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p));
  const kept = [...u.searchParams].filter(([name]) => !drop(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : "";
  return u.href.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}
