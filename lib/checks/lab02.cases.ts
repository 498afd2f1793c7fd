// Right and plausible wrong answers for every lab 02 check; test/checks/check-cases.test.ts runs them.
// Right answers are computed from the fixture web's definition, the way the judges compute them.
import { checkUserAgent } from "../crawl/check-user-agent";
import { extractPage } from "../crawl/extract-page";
import { FIXTURE_HOSTS, fixtureHtml, type FixtureHost } from "../crawl/fixture-sites";
import { robotsAllows } from "../crawl/robots-allows";
import { USER_AGENT_CANDIDATES } from "./lab02";
import type { LabCheckCases } from "./types";

const host = (name: string): FixtureHost => FIXTURE_HOSTS.find((h) => h.name === name) as FixtureHost;
const ok = (ua: string): boolean => { try { checkUserAgent(ua); return true; } catch { return false; } };
const accepted = (): string[] => USER_AGENT_CANDIDATES.filter(ok);
const refused = (): string[] => USER_AGENT_CANDIDATES.filter((ua) => !ok(ua));
const BLOG = "http://127.0.0.3:40123";
const blogLinks = (): string[] => {
  const blog = host("blog");
  const links = Object.entries(blog.pages).flatMap(([path, spec]) => (spec.kind === "html" ? extractPage(fixtureHtml(spec), BLOG + path).links : []));
  return [...new Set(links.filter((l) => l.startsWith(BLOG)).map((l) => l.slice(BLOG.length)))];
};
const forbidden = (): string[] => blogLinks().filter((p) => !robotsAllows(String(host("blog").robots), BLOG + p, "uyd-lab-bot")).sort();
const trap = (): Record<string, string> => Object.fromEntries(Object.entries(host("trap").expect).filter(([, r]) => r !== "fetched"));
const TRAP = "http://127.0.0.7:40200";
function openPairs(opts: { ccByOnly?: boolean; emptyAlt?: boolean; ignoreAlt?: boolean; allPairs?: boolean } = {}): number {
  let n = 0;
  for (const h of FIXTURE_HOSTS) {
    for (const [path, spec] of Object.entries(h.pages)) {
      if (spec.kind !== "html" || h.expect[path] !== "fetched") continue;
      const page = extractPage(fixtureHtml(spec), `http://${h.name}.test${path}`);
      const open = page.licences.some((l) => (!opts.ccByOnly && l.licence === "CC0-1.0") || (l.licence ?? "").startsWith("CC-BY"));
      if (opts.allPairs || (open && page.optOuts.length === 0)) n += page.images.filter((i) => opts.ignoreAlt || opts.allPairs || i.alt || (opts.emptyAlt && i.alt === "")).length;
    }
  }
  return n;
}

export const cases: LabCheckCases = {
  "2.1": {
    right: [
      { answer: accepted, why: "the accepted user agents, in list order" },
      { answer: () => accepted().reverse(), why: "the same, in another order" },
    ],
    wrong: [
      { answer: () => [...USER_AGENT_CANDIDATES], why: "all of them" },
      { answer: [], why: "none" },
      { answer: () => accepted().slice(0, 1), why: "only the first accepted one" },
      { answer: () => USER_AGENT_CANDIDATES.filter((ua) => ua.includes("mailto:")), why: "only those with 'mailto:'" },
      { answer: () => USER_AGENT_CANDIDATES.filter((ua) => ua.includes("@")), why: "every one with an e-mail, product token or not" },
      { answer: refused, why: "the refused ones" },
      { answer: () => [...accepted(), "123bot/1.0 (+mailto:ops@example.net)"], why: "a token that starts with a digit taken as valid" },
      { answer: "InputError", why: "the error name (the old question)" },
      { answer: () => accepted().map((ua) => ua.toLowerCase()), why: "strings not copied exactly" },
    ],
  },
  "2.2": {
    right: [
      { answer: forbidden, why: "the forbidden paths" },
      { answer: () => forbidden().map((p) => BLOG + p).reverse(), why: "full URLs, another order" },
    ],
    wrong: [
      { answer: [], why: "an empty list" },
      { answer: () => [...forbidden(), "/"], why: "the * group applied too" },
      { answer: () => [...forbidden(), "/tag/history"], why: "the tie decided for Disallow" },
      { answer: () => forbidden().slice(0, 1), why: "the wildcard rule missed" },
      { answer: blogLinks, why: "every linked URL" },
      { answer: () => blogLinks().filter((p) => !forbidden().includes(p)), why: "the allowed ones" },
      { answer: () => ["/staff/", "/catalogue.pdf"], why: "the museum's forbidden URLs" },
      { answer: "/drafts/next.html", why: "a string, not a list" },
    ],
  },
  "2.3": {
    right: [
      { answer: trap, why: "path -> reason" },
      { answer: () => Object.fromEntries(Object.entries(trap()).map(([p, r]) => [TRAP + p, r])), why: "full URLs as keys" },
    ],
    wrong: [
      { answer: {}, why: "an empty object" },
      { answer: () => ({ ...trap(), "/slow": "network" }), why: "a wrong reason for the endless response" },
      { answer: () => { const { "/bomb": _b, ...rest } = trap(); return rest; }, why: "one path missing" },
      { answer: () => ({ ...trap(), "/": "fetched" }), why: "a fetched trap URL included" },
      { answer: () => ({ ...trap(), "/drafts/next.html": "robots" }), why: "a record of another host included" },
      { answer: () => Object.fromEntries(Object.keys(trap()).map((p) => [p, "error"])), why: "the outcome instead of the reason" },
      { answer: () => Object.entries(trap()), why: "an array of pairs" },
      { answer: () => ({ ...trap(), "/to-private": "off-scope-redirect" }), why: "the private redirect taken for a scope decision" },
    ],
  },
  "2.4": {
    right: [{ answer: () => openPairs(), why: "open licence, no opt-out, non-empty alt" }],
    wrong: [
      { answer: () => openPairs() + 1, why: "off by one" },
      { answer: () => openPairs() - 1, why: "off by one, down" },
      { answer: () => openPairs({ allPairs: true }), why: "every pair" },
      { answer: () => openPairs({ ignoreAlt: true }), why: "images without alt text counted" },
      { answer: () => openPairs({ ccByOnly: true }), why: "CC BY only, CC0 forgotten" },
      { answer: () => openPairs({ emptyAlt: true }), why: "decorative images (alt \"\") counted as text" },
      { answer: NaN, why: "NaN" },
      { answer: () => String(openPairs()), why: "a string" },
    ],
  },
};
