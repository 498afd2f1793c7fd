import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { addressGuard } from "../../lib/crawl/address-guard";
import { fetchRobots } from "../../lib/crawl/fetch-robots";
import { guardedAgent } from "../../lib/crawl/guarded-agent";
import { createRobotsCache } from "../../lib/crawl/robots-cache";

const UA = "uyd-lab-bot/0.1 (+mailto:learner@example.org)";
let server: Server;
let base: string;
const dispatcher = guardedAgent(addressGuard({ allow: ["127.0.0.0/8"] }));

// `mode` says how /robots.txt answers: a status ("404"), or "hops:N" to redirect N times first.
let mode = "200";
before(async () => {
  server = createServer((req, res) => {
    const left = /^\/hop\/(\d+)/.exec(req.url ?? "")?.[1] ?? (mode.startsWith("hops:") ? mode.slice(5) : "0");
    if (Number(left) > 0) return void res.writeHead(301, { location: `/hop/${Number(left) - 1}` }).end();
    if (/^\d+$/.test(mode) && mode !== "200") return void res.writeHead(Number(mode)).end();
    res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /x/\n");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await dispatcher.close();
  await new Promise((r) => server.close(r));
});

const fetchAt = (m: string) => ((mode = m), fetchRobots(base, { dispatcher, userAgent: UA }));

test("a 4xx robots.txt means no rules apply, a 5xx or 429 means everything is disallowed", async () => {
  assert.equal((await fetchAt("404")).policy, "allow-all");
  assert.equal((await fetchAt("403")).policy, "allow-all");
  const down = await fetchAt("503");
  assert.equal(down.policy, "disallow-all");
  assert.match(down.reason, /robots\.txt answered 503: everything is disallowed/);
  assert.equal((await fetchAt("429")).policy, "disallow-all");
});

test("an unreachable robots.txt means everything is disallowed", async () => {
  const entry = await fetchRobots("http://127.0.0.1:9", { dispatcher, userAgent: UA, timeoutMs: 1000 });
  assert.equal(entry.policy, "disallow-all");
  assert.match(entry.reason, /unreachable/);
});

test("redirects are followed up to five hops, beyond that robots.txt counts as unavailable", async () => {
  const five = await fetchAt("hops:5");
  assert.equal(five.policy, "rules");
  assert.equal(five.hops.length, 6);
  assert.equal(five.rules?.decide(base + "/x/1").allowed, false);
  const six = await fetchAt("hops:6");
  assert.equal(six.policy, "allow-all");
  assert.match(six.reason, /redirected more than 5 times/);
});

test("the robots cache reuses an entry for at most 24 hours", async () => {
  let clock = 0;
  const cache = createRobotsCache({ maxAgeMs: 7 * 24 * 3600_000, now: () => clock });
  cache.set("http://h", { origin: "http://h", policy: "allow-all", reason: "", hops: [], text: "", fetchedAt: 0 });
  clock = 23 * 3600_000;
  assert.ok(cache.get("http://h"));
  clock = 24 * 3600_000;
  assert.equal(cache.get("http://h"), undefined);
});
