import { parseRobots } from "./parse-robots";

/**
 * The RFC 9309 decision for one URL: may `userAgent` fetch `url` under `robotsTxt`?
 * Pure. `userAgent` may be the full User-Agent header; its product token
 * ("uyd-lab-bot" in "uyd-lab-bot/0.1 (+mailto:...)") picks the group. The longest
 * matching rule wins, Allow wins a tie, `*` and `$` are honoured, and no matching
 * rule means allowed. The crawler uses the same function.
 *
 * @example
 * robotsAllows("User-agent: *\nDisallow: /*.pdf$", "http://127.0.0.2/a.pdf", "uyd-lab-bot/0.1"); // false
 */
export function robotsAllows(robotsTxt: string | Uint8Array, url: string, userAgent: string): boolean {
  return parseRobots(robotsTxt, userAgent).decide(url).allowed;
}
