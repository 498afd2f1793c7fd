/**
 * The product token of a user agent: the leading run of letters, `_` and `-`,
 * lower-cased. This is the part of a User-Agent header that robots.txt groups
 * match against (RFC 9309, section 2.2.1).
 *
 * @param userAgent a full User-Agent header or a bare token
 * @returns the token in lower case, or "" when the value does not start with one
 * @example
 * productToken("uyd-lab-bot/0.1 (+mailto:me@example.org)"); // "uyd-lab-bot"
 */
export function productToken(userAgent: string): string {
  const match = /^[A-Za-z_-]+/.exec(String(userAgent ?? "").trim());
  return match ? match[0].toLowerCase() : "";
}
