import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fetchArxivAbstracts } from "../../lib/llm-text/fetch-arxiv-abstracts";
import { arxivQueryUrl } from "../../lib/llm-text/arxiv-query-url";
import { parseArxivFeed } from "../../lib/llm-text/parse-arxiv-feed";

const feed = (month: string, n: number) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>ArXiv Query</title>${Array.from({ length: n }, (_, i) => `
<entry><id>http://arxiv.org/abs/${month.replace("-", "")}.${String(i).padStart(5, "0")}v1</id>
<published>${month}-0${1 + i}T10:00:00Z</published><title>Paper ${i}</title>
<summary>  We present an intricate &amp; meticulous
  study number ${i}. </summary></entry>`).join("")}</feed>`;

/** A local stand-in for export.arxiv.org: robots.txt, the query endpoint, and one month that fails. */
async function mirror() {
  const hits: { path: string; time: number }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    hits.push({ path: url.pathname, time: Date.now() });
    if (url.pathname === "/robots.txt") { res.writeHead(200, { "content-type": "text/plain" }); res.end("User-agent: *\nDisallow: /private\n"); return; }
    const m = /submittedDate:\[(\d{4})(\d{2})/.exec(decodeURIComponent(url.search));
    if (url.pathname !== "/api/query" || !m) { res.writeHead(404); res.end(); return; }
    const month = `${m[1]}-${m[2]}`;
    if (month === "2022-02") { res.writeHead(500); res.end("down"); return; }
    res.writeHead(200, { "content-type": "application/atom+xml; charset=utf-8" });
    res.end(feed(month, month >= "2023" ? 3 : 2));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as AddressInfo).port;
  return { base: `http://127.0.0.1:${port}/api/query`, hits, close: () => new Promise((ok) => server.close(ok)) };
}

test("a month's query asks arXiv for one category and the whole month, oldest first", () => {
  const url = arxivQueryUrl("2024-02", { category: "cs.LG", max: 10 });
  assert.match(url, /cat:cs\.LG\+AND\+submittedDate:\[202402010000\+TO\+202402292359\]&start=0&max_results=10&sortBy=submittedDate/);
  assert.throws(() => arxivQueryUrl("2024-13"), /YYYY-MM/);
});

test("an Atom feed gives id, date, title and abstract with whitespace collapsed", () => {
  const e = parseArxivFeed(feed("2023-03", 2));
  assert.equal(e.length, 2);
  assert.equal(e[0].summary, "We present an intricate & meticulous study number 0.");
  assert.equal(e[1].published, "2023-03-02T10:00:00Z");
  assert.deepEqual(parseArxivFeed("<html>not a feed</html>"), []);
});

test("abstracts are fetched month by month from a local mirror, politely spaced, and a failing month is reported", async () => {
  const m = await mirror();
  try {
    const months = await fetchArxivAbstracts(["2022-01", "2022-02", "2023-01"], {
      userAgent: "uyd-lab-bot/0.1 (+mailto:test@example.org)", base: m.base, minDelayMs: 120, allowAddresses: ["127.0.0.0/8"], perMonth: 5,
    });
    assert.deepEqual(months.map((x) => x.ok), [true, false, true]);
    assert.equal(months[0].entries.length, 2);
    assert.equal(months[2].entries.length, 3);
    assert.match(months[1].error ?? "", /500/);
    assert.deepEqual(months[1].entries, []);
    assert.equal(m.hits[0].path, "/robots.txt", "robots.txt is read before anything else");
    const queries = m.hits.filter((h) => h.path === "/api/query").map((h) => h.time);
    assert.equal(queries.length, 3);
    for (let i = 1; i < queries.length; i++) assert.ok(queries[i] - queries[i - 1] >= 110, `gap ${queries[i] - queries[i - 1]} ms`);
  } finally {
    await m.close();
  }
});
