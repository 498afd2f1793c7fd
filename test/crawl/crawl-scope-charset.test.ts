import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { crawl } from "../../lib/crawl/crawl";
import { decodeHtml } from "../../lib/crawl/decode-html";

const UA = "uyd-test-bot/0.1 (+mailto:test@example.org)";
const bytes = (...parts: Array<string | number[]>): Buffer => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const NIHON = [0x93, 0xfa, 0x96, 0x7b]; // 日本 in Shift_JIS
let a: Server;
let b: Server;
let A = "";
let B = "";
const hits: string[] = [];

function serve(handler: (path: string) => [number, Record<string, string>, Buffer | string]): Promise<Server> {
  const server = createServer((req, res) => {
    hits.push(`${req.headers.host}${req.url}`);
    if (req.url === "/reset" && hits.filter((h) => h.endsWith("/reset")).length === 1) return void req.socket.destroy(); // first time only
    const [status, headers, body] = handler(req.url ?? "/");
    res.writeHead(status, headers).end(body);
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}
before(async () => {
  b = await serve((path) => (path === "/robots.txt" ? [404, {}, ""] : [200, { "content-type": "text/html" }, "<title>Elsewhere</title>"]));
  B = `http://127.0.0.1:${(b.address() as AddressInfo).port}`;
  a = await serve((path) => {
    const html = { "content-type": "text/html" };
    switch (path) {
      case "/robots.txt": return [404, {}, ""];
      case "/": return [200, html, `<a href="/away">away</a><a href="/cp1252">1</a><a href="/latin1">2</a><a href="/sjis">3</a><a href="/utf8-link">4</a>`];
      case "/away": return [302, { location: `${B}/landing` }, ""];
      case "/cp1252": return [200, { "content-type": "text/html; charset=windows-1252" }, bytes("<title>", [0x93], "Caf", [0xe9], [0x94], "</title>")];
      case "/latin1": return [200, html, bytes(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Se`, [0xf1], "or</title>",
        `<img src="/i.png" alt="ni`, [0xf1], `o">`)];
      case "/sjis": return [200, html, bytes(`<meta charset="Shift_JIS"><title>`, NIHON, `</title><a href="/`, NIHON, `/">x</a>`)];
      case "/reset": return [200, html, "<title>second try</title>"];
      case "/utf8-link": return [200, { "content-type": "text/html; charset=utf-8" }, `<a href="/café/ü?q=ö">x</a>`];
      default: return [404, {}, ""];
    }
  });
  A = `http://127.0.0.1:${(a.address() as AddressInfo).port}`;
});
after(() => { a.close(); b.close(); });
const opts = () => ({ userAgent: UA, allowAddresses: ["127.0.0.0/8"], minDelayMs: 0, seeds: [A + "/"], maxDepth: 1, fetchImages: false });

test("a redirect out of the crawl's scope is recorded with a reason and not followed", async () => {
  hits.length = 0;
  const { records } = await crawl(opts());
  const away = records.find((r) => r.url === `${A}/away`);
  assert.equal(away?.outcome, "skipped");
  assert.equal(away?.reason, "off-scope-redirect");
  assert.match(away?.message ?? "", /outside the crawl's scope/);
  assert.ok(!hits.some((h) => h.endsWith("/landing")), "the other host was asked");
});

test("followOffScopeRedirects follows it (its host's robots.txt first)", async () => {
  hits.length = 0;
  const { records } = await crawl({ ...opts(), followOffScopeRedirects: true });
  const away = records.find((r) => r.url === `${A}/away`);
  assert.equal(away?.outcome, "fetched");
  assert.equal(away?.finalUrl, `${B}/landing`);
  assert.equal(away?.title, "Elsewhere");
  const port = new URL(B).port;
  assert.deepEqual(hits.filter((h) => h.endsWith(`:${port}/robots.txt`) || h.endsWith(`:${port}/landing`)).map((h) => h.split("/").pop()), ["robots.txt", "landing"]);
});

test("HTML is decoded in its charset (header, meta http-equiv, meta charset) and non-ASCII links become UTF-8 escapes", async () => {
  const { records } = await crawl({ ...opts(), maxDepth: 2 });
  const at = (p: string) => records.find((r) => r.url === A + p);
  assert.equal(at("/cp1252")?.title, "“Café”");
  assert.equal(at("/cp1252")?.encoding, "windows-1252");
  assert.equal(at("/latin1")?.title, "Señor");
  assert.deepEqual(at("/latin1")?.images, [{ src: `${A}/i.png`, alt: "niño" }]);
  assert.equal(at("/sjis")?.title, "日本");
  assert.equal(at("/sjis")?.encoding, "shift_jis");
  assert.ok(records.some((r) => r.url === `${A}/%E6%97%A5%E6%9C%AC/`), "the Shift_JIS link, UTF-8 percent-encoded");
  assert.ok(records.some((r) => r.url === `${A}/caf%C3%A9/%C3%BC?q=%C3%B6`), records.map((r) => r.url).join(" "));
});

test("decodeHtml: a BOM beats the header, the header beats meta, unknown labels fall back, UTF-8 by default", () => {
  assert.deepEqual(decodeHtml(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), "text/html; charset=shift_jis"), { text: "A", encoding: "utf-8", source: "bom" });
  assert.equal(decodeHtml(bytes(`<meta charset="utf-8">`, [0xe9]), "text/html; charset=iso-8859-1").text.slice(-1), "é");
  assert.equal(decodeHtml(bytes(`<meta charset="no-such-thing">x`)).source, "default");
  assert.equal(decodeHtml(bytes(`<meta charset='windows-1252'>`, [0x80])).text.slice(-1), "€");
  assert.equal(decodeHtml(Buffer.from("ü")).text, "ü");
  assert.equal(decodeHtml(bytes(`<meta charset="utf-16">x`)).encoding, "utf-8");
});

test("a connection reset is retried (a kept-alive socket closed by the server's idle timeout), then recorded as fetched", async () => {
  hits.length = 0;
  const { records } = await crawl({ ...opts(), seeds: [A + "/reset"], backoffMs: 10 });
  assert.equal(records[0].outcome, "fetched");
  assert.equal(records[0].attempts, 2);
  assert.equal(hits.filter((h) => h.endsWith("/reset")).length, 2);
});
