import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { samplePath } from "../data/sample-path";
import { fixtureHtml, type FixtureResponse } from "./fixture-sites";

/** Per-server state the responses need. */
export interface ServeContext {
  /** Replaces {{name}} with that host's base URL. */
  expand(text: string): string;
  /** How often each path has been asked for (for "status ... times"). */
  hits: Map<string, number>;
  /** Timers to clear on close. */
  timers: Set<NodeJS.Timeout>;
}

let bomb: Buffer | undefined;
const photoCache = new Map<string, Buffer>();

/**
 * Writes one fixture response. Every hostile behaviour is bounded: an endless
 * body stops after 30 s, a redirect chain after 50 hops, a "10 GB" body sends
 * 64 KiB and hangs up.
 *
 * @example
 * serveFixture({ kind: "redirect", to: "/b" }, req, res, ctx);
 */
export function serveFixture(spec: FixtureResponse, req: IncomingMessage, res: ServerResponse, ctx: ServeContext): void {
  const path = req.url ?? "/";
  switch (spec.kind) {
    case "html":
      return send(res, 200, "text/html; charset=utf-8", ctx.expand(fixtureHtml(spec)));
    case "raw":
      return send(res, 200, spec.contentType, ctx.expand(spec.body));
    case "image": {
      let bytes = photoCache.get(spec.photo);
      if (!bytes) photoCache.set(spec.photo, (bytes = readFileSync(samplePath(`photos/${spec.photo}`))));
      return send(res, 200, spec.contentType ?? "image/jpeg", bytes);
    }
    case "redirect":
      res.writeHead(spec.status ?? 301, { location: ctx.expand(spec.to) });
      return void res.end();
    case "chain": {
      const n = Number(/(\d+)$/.exec(path)?.[1] ?? 1);
      if (n >= 50) return send(res, 404, "text/plain", "end of chain");
      res.writeHead(302, { location: `/chain/${n + 1}` });
      return void res.end();
    }
    case "status": {
      const seen = (ctx.hits.get(path) ?? 0) + 1;
      ctx.hits.set(path, seen);
      if (spec.then && spec.times !== undefined && seen > spec.times) return serveFixture(spec.then, req, res, ctx);
      res.writeHead(spec.status, spec.retryAfter ? { "retry-after": spec.retryAfter, "content-type": "text/plain" } : { "content-type": "text/plain" });
      return void res.end(`status ${spec.status}`);
    }
    case "never-ends": {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body>");
      const timer = setInterval(() => res.write("."), 100);
      const stop = setTimeout(() => res.destroy(), 30_000);
      ctx.timers.add(timer).add(stop);
      res.on("close", () => (clearInterval(timer), clearTimeout(stop), ctx.timers.delete(timer), ctx.timers.delete(stop)));
      return;
    }
    case "gzip-bomb": {
      // 64 MiB of zeros in ~64 KiB: 64 gzip members of 1 MiB each (a gzip stream may hold several, and
      // decoders read them all). Compressing 64 MiB at once blocked the server for seconds on a busy machine.
      bomb ??= Buffer.concat(Array(64).fill(gzipSync(Buffer.alloc(1024 * 1024), { level: 9 })));
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip", "content-length": bomb.length });
      return void res.end(bomb);
    }
    case "huge-length": {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 ** 3) });
      res.write(Buffer.alloc(64 * 1024, 0x20));
      const stop = setTimeout(() => res.destroy(), 5_000);
      ctx.timers.add(stop);
      res.on("close", () => (clearTimeout(stop), ctx.timers.delete(stop)));
      return;
    }
    case "big-robots": {
      const line = "# this robots.txt is padded with comments to show the 500 KiB parse limit\n";
      const padding = line.repeat(Math.ceil((1024 * 1024) / line.length));
      return send(res, 200, "text/plain", "User-agent: *\nDisallow: /private/\n" + padding + "Disallow: /\n");
    }
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}
