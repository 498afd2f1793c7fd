// Politeness under load: 20 loopback hosts, each asking for Crawl-delay 0.5 s (2 requests/s,
// 40 requests/s together). Prints how much of that budget the crawler uses and the smallest
// gap any host saw between two requests (must be >= 500 ms).
// Run: npm run bench:crawl
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { crawl } from "../lib/crawl/crawl";

const HOSTS = 20;
const PAGES = 9; // per host, plus robots.txt: 10 requests per host
const DELAY_MS = 500;

async function main(): Promise<void> {
  const t0 = performance.now();
  const arrivals: number[][] = [];
  const servers: Server[] = [];
  const seeds: string[] = [];
  for (let h = 0; h < HOSTS; h++) {
    const times: number[] = [];
    arrivals.push(times);
    const server = createServer((req, res) => {
      times.push(performance.now() - t0);
      if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end(`User-agent: *\nCrawl-delay: ${DELAY_MS / 1000}\n`);
      const links = Array.from({ length: PAGES - 1 }, (_, i) => `<a href="/p${i + 1}">p${i + 1}</a>`).join(" ");
      res.writeHead(200, { "content-type": "text/html" }).end(`<html><body>${req.url === "/" ? links : "leaf"}</body></html>`);
    });
    await new Promise<void>((r) => server.listen(0, `127.0.0.${20 + h}`, r));
    servers.push(server);
    seeds.push(`http://127.0.0.${20 + h}:${(server.address() as AddressInfo).port}/`);
  }
  try {
    const start = performance.now();
    const result = await crawl({ seeds, userAgent: "uyd-bench-bot/0.1 (+mailto:bench@example.org)", allowAddresses: ["127.0.0.0/8"],
      minDelayMs: 0, concurrency: HOSTS, maxPages: HOSTS * PAGES, fetchImages: false });
    const wall = performance.now() - start;
    const total = arrivals.reduce((n, a) => n + a.length, 0);
    const gaps = arrivals.flatMap((a) => a.slice(1).map((t, i) => t - a[i]));
    const ideal = arrivals.reduce((s, a) => s + (a.length - 1) * DELAY_MS, 0);
    const actual = arrivals.reduce((s, a) => s + (a[a.length - 1] - a[0]), 0);
    console.log(`requests: ${total} (${result.summary.fetched} pages + ${HOSTS} robots.txt) in ${(wall / 1000).toFixed(2)} s`);
    console.log(`budget used (ideal span / actual span, per host, summed): ${((100 * ideal) / actual).toFixed(1)} %  (goal >= 95 %)`);
    console.log(`aggregate rate while busy: ${((1000 * (total - HOSTS)) / (actual / HOSTS)).toFixed(1)} requests/s of ${(HOSTS * 1000) / DELAY_MS} allowed`);
    console.log(`smallest gap seen by any host: ${Math.min(...gaps).toFixed(1)} ms (limit ${DELAY_MS} ms)${Math.min(...gaps) < DELAY_MS ? "  LIMIT BROKEN" : ""}`);
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r)))));
  }
}
void main();
