import { checkUserAgent } from "../crawl/check-user-agent";
import { extractPage } from "../crawl/extract-page";
import { FIXTURE_HOSTS, fixtureHtml, type FixtureHost } from "../crawl/fixture-sites";
import { robotsAllows } from "../crawl/robots-allows";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

// Every expected answer is computed from the fixture web's definition (lib/crawl/fixture-sites.ts).
const AGENT = "uyd-lab-bot";
const host = (name: string): FixtureHost => FIXTURE_HOSTS.find((h) => h.name === name) as FixtureHost;
const base = (name: string): string => `http://${name}.test`;
const pathOf = (url: string): string => { const u = new URL(url, "http://x.test"); return u.pathname + u.search; };

function htmlPages(h: FixtureHost): Array<[string, ReturnType<typeof extractPage>]> {
  return Object.entries(h.pages).flatMap(([path, spec]) => (spec.kind === "html" ? [[path, extractPage(fixtureHtml(spec), base(h.name) + path)] as [string, ReturnType<typeof extractPage>]] : []));
}

/** The user agents of check 2.1, as the exercise cell lists them (a test keeps the two the same). */
export const USER_AGENT_CANDIDATES = [
  "ExampleBot/2.1 (+https://example.com/bot; bot@example.com)",
  "Mozilla/5.0 (compatible; ExampleBot/2.1; +http://www.example.com/bot.html)",
  "(+mailto:crawler@example.org) datasetbot/1.0",
  "curl/8.5.0",
  "research_crawler/0.3 (mailto:lab@uni.example.edu)",
  "123bot/1.0 (+mailto:ops@example.net)",
  "mapper-bot (contact: maps@example.com)",
];
const accepts = (ua: string): boolean => {
  try {
    checkUserAgent(ua);
    return true;
  } catch {
    return false;
  }
};
const acceptedAgents = once(() => USER_AGENT_CANDIDATES.filter(accepts));

const blogForbidden = once((): string[] => {
  const blog = host("blog");
  const links = new Set(htmlPages(blog).flatMap(([, page]) => page.links.filter((l) => l.startsWith(base("blog"))).map(pathOf)));
  return [...links].filter((p) => !robotsAllows(String(blog.robots), base("blog") + p, AGENT)).sort();
});

function judgeForbidden(answer: unknown): Verdict {
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "string")) {
    return { passed: false, message: "Answer with an array of URL strings (full URLs or paths like '/a/b.html')." };
  }
  const expected = blogForbidden();
  const got = [...new Set((answer as string[]).map(pathOf))].sort();
  if (got.join("\n") === expected.join("\n")) return { passed: true, message: `Correct: robots.txt forbids ${expected.length} of the blog's linked URLs for ${AGENT}.` };
  if (got.length === 0) return { passed: false, message: "Your list is empty, but robots.txt does forbid some of the blog's links for your agent: look for the blog records skipped because of robots." };
  if (got.includes("/") || got.includes("/posts/dust-bowl.html")) {
    return { passed: false, message: "Some of those are allowed: the blog has a group for your product token, and only that group applies to you, not the '*' group." };
  }
  if (got.includes("/tag/history")) return { passed: false, message: "/tag/history is matched by an Allow and a Disallow of the same length: on a tie, Allow wins." };
  if (got.length < expected.length) return { passed: false, message: `You found ${got.length}; there are more. Check the wildcard rules too: '*' matches any run of characters, query strings included.` };
  return { passed: false, message: "Not quite. Decide each of the blog's linked URLs with robotsAllows(robotsTxt, url, userAgent) and keep those it refuses." };
}

function judgeTrapReasons(answer: unknown): Verdict {
  const expected = trapFailing();
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) {
    return { passed: false, message: "Answer with an object mapping each failing trap path (like '/slow') to the reason your crawl recorded." };
  }
  const got = new Map(Object.entries(answer as Record<string, unknown>).map(([k, v]) => [pathOf(k), String(v)]));
  const missing = expected.filter(([p]) => !got.has(p)).map(([p]) => p);
  if (missing.length) return { passed: false, message: `${missing.length} failing trap path(s) are missing, e.g. ${missing[0]}. Take every trap record whose outcome is not "fetched".` };
  const wrong = expected.filter(([p, r]) => got.get(p) !== r).map(([p]) => p);
  if (wrong.length) return { passed: false, message: `The reason for ${wrong.join(", ")} differs from what a careful crawler records. Use record.reason, not the message or the status.` };
  if (got.size > expected.length) {
    const trap = host("trap").expect;
    const origins = new Set(Object.keys(answer as object).filter((k) => /^https?:\/\//.test(k)).map((k) => new URL(k).origin));
    const foreign = [...got.keys()].filter((p) => !(p in trap));
    if (origins.size > 1 || foreign.length) {
      return { passed: false, message: `${foreign[0] ?? "Some keys"} ${foreign.length ? "is not a path of the trap host" : "come from more than one host"}: keep only the trap host's records (r.host).` };
    }
    return { passed: false, message: "Only the failing paths, please: leave out the trap URLs that were fetched." };
  }
  return { passed: true, message: `Correct: all ${expected.length} hostile URLs ended in a recorded error, and the crawl went on.` };
}

const openPairs = once((): number => {
  let count = 0;
  for (const h of FIXTURE_HOSTS) {
    for (const [path, page] of htmlPages(h)) {
      if (h.expect[path] !== "fetched") continue;
      const open = page.licences.some((l) => l.licence === "CC0-1.0" || (l.licence ?? "").startsWith("CC-BY"));
      if (open && page.optOuts.length === 0) count += page.images.filter((i) => i.alt).length;
    }
  }
  return count;
});
const trapFailing = once(() => Object.entries(host("trap").expect).filter(([, r]) => r !== "fetched"));

function judgeOpenPairs(answer: unknown): Verdict {
  if (typeof answer !== "number" || !Number.isInteger(answer)) return { passed: false, message: `Answer with a whole number (got ${typeof answer}).` };
  const expected = openPairs();
  if (answer === expected) return { passed: true, message: `Correct: ${expected} image-text pairs come with an open licence and no opt-out.` };
  if (answer > expected) return { passed: false, message: "Too many: drop images with an empty or missing alt text (no text, no pair), pages reserving their rights, and pages that opt out (noai, tdm-reservation)." };
  return { passed: false, message: "Too few: two hosts publish under open licences (CC BY and CC0); count pairs from both." };
}

function judgeAgents(answer: unknown): Verdict {
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "string")) {
    return { passed: false, message: "Answer with an array of the user-agent strings that are accepted, copied as they are listed." };
  }
  const expected = acceptedAgents();
  const got = [...new Set(answer as string[])];
  const unknown = got.filter((ua) => !USER_AGENT_CANDIDATES.includes(ua));
  if (unknown.length) return { passed: false, message: `${JSON.stringify(unknown[0])} is not one of the listed user agents: copy them exactly.` };
  const wrongIn = got.filter((ua) => !expected.includes(ua));
  if (got.length === expected.length && wrongIn.length === 0) return { passed: true, message: `Correct: ${expected.length} of the ${USER_AGENT_CANDIDATES.length} user agents say who is crawling and how to reach them.` };
  if (got.length === 0) return { passed: false, message: "Your list is empty, but some of these user agents are accepted." };
  if (wrongIn.length) {
    const ua = wrongIn[0];
    const why = /@/.test(ua) ? "it has an e-mail, but look at how it starts" : "look for a way to reach its operator";
    return { passed: false, message: `${JSON.stringify(ua)} is refused: ${why}.` };
  }
  return { passed: false, message: `You left out ${expected.length - got.length} accepted user agent(s): an e-mail anywhere in the string counts, not only after 'mailto:'.` };
}

/** Lab 02 (crawling politely): robots decisions, hostile hosts, right to use. */
export const lab02: LabChecks = {
  lab: "02-crawling",
  prepare: () => void (acceptedAgents(), blogForbidden(), openPairs(), trapFailing()),
  checks: {
    "2.1": { question: "Which of the seven listed user agents does crawl() accept?", points: 1, judge: judgeAgents },
    "2.2": { question: "Which URLs linked from the blog does robots.txt forbid for uyd-lab-bot?", points: 1, judge: judgeForbidden },
    "2.3": { question: "For each failing URL on the trap host, which reason did your crawl record?", points: 1, judge: judgeTrapReasons },
    "2.4": { question: "How many image-text pairs carry an open licence (CC BY or CC0) and no opt-out?", points: 1, judge: judgeOpenPairs },
  },
};
