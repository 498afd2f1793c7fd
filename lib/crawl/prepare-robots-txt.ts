import { productToken } from "./product-token";

/** Options for {@link prepareRobotsTxt}. */
export interface PrepareRobotsTxtOptions {
  /** Bytes of the file that are parsed; the rest is ignored (RFC 9309 asks for at least 500 KiB). Default 512000. */
  maxBytes?: number;
}

const KEYS = /^(\s*)(user-agent|allow|disallow|crawl-delay)(\s*:?\s*)(.*)$/i;

/**
 * Normalises a robots.txt body before `robots-parser` reads it, closing the gaps
 * between that package and RFC 9309: the parse limit (cut at the last full line
 * within `maxBytes`), a leading byte-order mark, a missing colon after a known
 * key ("disallow /"), and user-agent values reduced to their product token
 * ("FooBot/2.1" and "FooBot Images" both become "FooBot"). Line numbers are kept.
 *
 * @example
 * prepareRobotsTxt("User-agent: FooBot/2.1\ndisallow /x"); // "User-agent: foobot\ndisallow: /x"
 */
export function prepareRobotsTxt(body: string | Uint8Array, options: PrepareRobotsTxtOptions = {}): string {
  const { maxBytes = 500 * 1024 } = options;
  let bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  if (bytes.length > maxBytes) {
    bytes = bytes.subarray(0, maxBytes);
    const lastNewline = Math.max(bytes.lastIndexOf(0x0a), bytes.lastIndexOf(0x0d));
    if (lastNewline >= 0) bytes = bytes.subarray(0, lastNewline + 1);
  }
  const text = bytes.toString("utf8").replace(/^[\uFEFF\uFFFD]+/, "");
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part) => (/^[\r\n]+$/.test(part) ? part : fixLine(part)))
    .join("");
}

function fixLine(line: string): string {
  const hash = line.indexOf("#");
  const content = hash >= 0 ? line.slice(0, hash) : line;
  const comment = hash >= 0 ? line.slice(hash) : "";
  const m = KEYS.exec(content);
  if (!m) return line;
  const [, indent, key, sep, value] = m;
  if (sep.length === 0) return line; // "disallowed: x" is another key
  let fixed = value;
  if (key.toLowerCase() === "user-agent") {
    const v = value.trim();
    fixed = v.startsWith("*") ? "*" : productToken(v) || v;
  }
  return `${indent}${key}: ${fixed}${comment}`;
}
