import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createNetServer } from "node:net";
import { basename, join } from "node:path";
import { projectRoot } from "../data/project-root";

/** A running link-rot web: which host name answers where, and how to stop it. */
export interface LinkRotWeb {
  /** Host name -> "127.0.0.1:port", for {@link checkLinks}'s `resolve` option. */
  resolve: Record<string, string>;
  /** Every request it received: method, host, path. */
  log: { method: string; host: string; path: string; userAgent: string }[];
  close(): Promise<void>;
}

/**
 * Starts, on 127.0.0.1 only, the web that a URL-only release like LAION's points at,
 * years later: `img.fixture.test` serves some images where they were, has moved
 * others (301), lost some (404), removed some on purpose (410) and answers others with
 * an "image not available" page (200, HTML: a soft 404); `gone.fixture.test` does not
 * answer at all (its port is closed). Images come from data/sources/fixtures/web/images.
 *
 * @example
 * const web = await startLinkRotWeb();
 * const rows = await checkLinks(urls, { userAgent, resolve: web.resolve, allowAddresses: ["127.0.0.0/8"] });
 * await web.close();
 */
export async function startLinkRotWeb(): Promise<LinkRotWeb> {
  const images = join(projectRoot(), "data", "sources", "fixtures", "web", "images");
  const log: LinkRotWeb["log"] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    log.push({ method: req.method ?? "", host: String(req.headers.host ?? ""), path, userAgent: String(req.headers["user-agent"] ?? "") });
    const file = join(images, basename(path));
    if (path.startsWith("/images/") && existsSync(file)) {
      res.writeHead(200, { "content-type": "image/jpeg" });
      return res.end(req.method === "HEAD" ? undefined : readFileSync(file));
    }
    if (path.startsWith("/old/")) {
      res.writeHead(301, { location: `/images/${basename(path)}` });
      return res.end();
    }
    if (path.startsWith("/removed/")) {
      res.writeHead(410, { "content-type": "text/plain" });
      return res.end("Gone");
    }
    if (path.startsWith("/cdn/")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end("<html><body><p>This image is no longer available.</p></body></html>");
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("Not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  // a port that was free a moment ago and is closed now: connecting is refused, like a host that is gone
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const closedPort = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return {
    resolve: { "img.fixture.test": `127.0.0.1:${port}`, "gone.fixture.test": `127.0.0.1:${closedPort}` },
    log,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
