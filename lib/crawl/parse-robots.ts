import { productToken } from "./product-token";
import { robotsPath } from "./robots-path";

/** Why one URL is allowed or not, for one agent. */
export interface RobotsDecision {
  allowed: boolean;
  /** 1-based line of the rule that decided, or undefined when no rule matched (allowed). */
  line?: number;
  /** The deciding line as written, e.g. "Disallow: /drafts/". */
  rule?: string;
}

/** The rules of one robots.txt as they apply to one agent. */
export interface RobotsRules {
  /** The product token the groups were matched with. */
  agent: string;
  /** The decision for a URL (only its path and query are used). */
  decide(url: string): RobotsDecision;
  /** Crawl-delay in seconds for this agent, or undefined. */
  crawlDelay: number | undefined;
  sitemaps: string[];
}

/** Options for {@link parseRobots}. */
export interface ParseRobotsOptions {
  /** Bytes of the file that are parsed, cut at the last whole line. Default 512000 (500 KiB, the RFC 9309 floor). */
  maxBytes?: number;
}

interface Rule { allow: boolean; pattern: string; anchored: boolean; length: number; line: number; text: string }
interface Group { agents: string[]; rules: Rule[]; crawlDelay?: number }

/**
 * Parses a robots.txt for one user agent and decides URLs by RFC 9309. Written
 * here, not taken from robots-parser: robots-parser 3.0.1 gets RFC rules wrong
 * (an agent's group with no rules falls back to `*`; Sitemap and unknown lines
 * split a group; `%62` in a URL does not equal the rule's `b`; /robots.txt can be
 * disallowed) — test/crawl/robots-oracle.test.ts, "robots-parser 3.0.1 fails RFC
 * cases that this matcher passes", shows each one. Groups are one or more
 * user-agent lines and the rules after them (other records neither end nor split
 * a group, section 2.2.4); every group naming the agent's product token applies,
 * merged, else every `*` group, else nothing; a group with no rules allows all.
 * The longest matching rule (in octets, after {@link robotsPath} on both sides)
 * wins and Allow wins a tie (2.2.2); `*` and a final `$` are honoured (2.2.3);
 * /robots.txt is always allowed. Reads a UTF-8 BOM, CR, LF or CRLF line ends,
 * keys in any case, a missing colon ("disallow /"), and at least 500 KiB (2.5).
 *
 * @example
 * const rules = parseRobots("User-agent: *\nDisallow: /private/", "uyd-lab-bot/0.1");
 * rules.decide("http://127.0.0.2/private/a.html"); // { allowed: false, line: 2, rule: "Disallow: /private/" }
 */
export function parseRobots(robotsTxt: string | Uint8Array, userAgent: string, options: ParseRobotsOptions = {}): RobotsRules {
  const agent = productToken(userAgent) || "*";
  const { groups, sitemaps } = readGroups(robotsText(robotsTxt, options.maxBytes ?? 500 * 1024));
  let mine = groups.filter((g) => g.agents.includes(agent));
  if (mine.length === 0) mine = groups.filter((g) => g.agents.includes("*"));
  const rules = mine.flatMap((g) => g.rules);
  const delay = mine.find((g) => g.crawlDelay !== undefined)?.crawlDelay;
  return {
    agent,
    crawlDelay: delay,
    sitemaps,
    decide(url: string): RobotsDecision {
      const target = pathAndQuery(url);
      if (target === null) return { allowed: false, rule: "(not a valid URL)" };
      if (target.split("?")[0] === "/robots.txt") return { allowed: true };
      const path = robotsPath(target);
      let best: Rule | undefined;
      for (const r of rules) {
        if (best && (r.length < best.length || (r.length === best.length && (best.allow || !r.allow)))) continue;
        if (matches(r, path)) best = r;
      }
      return best ? { allowed: best.allow, line: best.line, rule: best.text } : { allowed: true };
    },
  };
}

/** The text that is parsed: at most `maxBytes`, cut after the last whole line, with a whole or partial UTF-8 BOM removed. */
function robotsText(body: string | Uint8Array, maxBytes: number): string {
  let bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  if (bytes.length > maxBytes) {
    bytes = bytes.subarray(0, maxBytes);
    const lastEnd = Math.max(bytes.lastIndexOf(0x0a), bytes.lastIndexOf(0x0d));
    if (lastEnd >= 0) bytes = bytes.subarray(0, lastEnd + 1);
  }
  const bom = [0xef, 0xbb, 0xbf];
  let skip = 0;
  while (skip < 3 && bytes[skip] === bom[skip]) skip++;
  return bytes.subarray(skip).toString("utf8");
}

function readGroups(text: string): { groups: Group[]; sitemaps: string[] } {
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | undefined;
  let inRules = false;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const kv = keyValue(raw);
    if (!kv) return;
    const [key, value] = kv;
    if (key === "sitemap") return void (value && sitemaps.push(value));
    if (key === "user-agent") {
      if (!current || inRules) groups.push((current = { agents: [], rules: [] }));
      inRules = false;
      current.agents.push(value.startsWith("*") ? "*" : productToken(value));
      return;
    }
    if (!current) return; // rules before the first user-agent line belong to no group
    if (key === "crawl-delay") {
      const seconds = Number(value);
      if (value !== "" && Number.isFinite(seconds) && seconds >= 0 && current.crawlDelay === undefined) current.crawlDelay = seconds;
      return;
    }
    if (key !== "allow" && key !== "disallow") return; // other records do not end or split a group
    inRules = true;
    if (value === "") return; // an empty rule matches nothing
    const anchored = value.endsWith("$");
    const pattern = robotsPath(anchored ? value.slice(0, -1) : value);
    const text = `${key === "allow" ? "Allow" : "Disallow"}: ${value}`;
    current.rules.push({ allow: key === "allow", pattern, anchored, length: pattern.length + (anchored ? 1 : 0), line: i + 1, text });
  });
  return { groups, sitemaps };
}

/** [key in lower case, value] of a record line, comments cut; a missing colon is accepted when exactly two words remain. */
function keyValue(raw: string): [string, string] | undefined {
  const line = trim(raw.replace(/#.*$/, ""));
  if (!line) return undefined;
  const colon = line.indexOf(":");
  if (colon >= 0) return [trim(line.slice(0, colon)).toLowerCase(), trim(line.slice(colon + 1))];
  const words = line.split(/[ \t]+/);
  return words.length === 2 ? [words[0].toLowerCase(), words[1]] : undefined;
}

/** Trims spaces and tabs only (String#trim would also eat a byte-order mark in mid-file, which RFC 9309 does not allow). */
const trim = (s: string): string => s.replace(/^[ \t]+|[ \t]+$/g, "");

/** Whether a rule matches from the start of the path: `*` matches any run of octets, an anchored rule must reach the end. */
function matches(rule: Rule, path: string): boolean {
  const parts = rule.pattern.split("*");
  if (!path.startsWith(parts[0])) return false;
  if (parts.length === 1) return !rule.anchored || path.length === parts[0].length;
  let at = parts[0].length;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k];
    if (k === parts.length - 1 && rule.anchored) return path.length - at >= part.length && path.endsWith(part);
    const found = path.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

function pathAndQuery(url: string): string | null {
  try {
    const u = new URL(url);
    return (u.pathname || "/") + u.search;
  } catch {
    return null;
  }
}
