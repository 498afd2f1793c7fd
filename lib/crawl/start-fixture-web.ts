import { createServer, type Server } from "node:http";
import { performance } from "node:perf_hooks";
import { FIXTURE_HOSTS, type FixtureHost } from "./fixture-sites";
import { serveFixture, type ServeContext } from "./serve-fixture";

/** One request as the fixture server saw it. */
export interface FixtureRequest {
  host: string;
  method: string;
  /** Path and query as requested. */
  path: string;
  /** The User-Agent header, or "" when none was sent. */
  userAgent: string;
  /** Arrival time in ms since the fixture web started. */
  time: number;
}

/** A running fixture web. */
export interface FixtureWeb {
  /** Base URL per host name, e.g. { museum: "http://127.0.0.2:40123" }. */
  urls: Record<string, string>;
  hosts: FixtureHost[];
  /** Every request, in arrival order. */
  log: FixtureRequest[];
  close(): Promise<void>;
}

/** Options for {@link startFixtureWeb}. */
export interface StartFixtureWebOptions {
  /** Host names to serve (see FIXTURE_HOSTS). Default: all. */
  only?: string[];
}

/**
 * Starts the fixture web: one HTTP server per host on its own loopback address
 * (127.0.0.2, 127.0.0.3, ...; on systems where only 127.0.0.1 exists, each host
 * gets its own port there instead). Every request is logged with its arrival
 * time, so a test can check a crawler's manners from the server's side.
 * Call `close()` when done; it ends open connections too.
 *
 * @example
 * const web = await startFixtureWeb();
 * console.log(web.urls.museum); // "http://127.0.0.2:40123"
 * await web.close();
 */
export async function startFixtureWeb(options: StartFixtureWebOptions = {}): Promise<FixtureWeb> {
  const hosts = FIXTURE_HOSTS.filter((h) => !options.only || options.only.includes(h.name));
  const t0 = performance.now();
  const log: FixtureRequest[] = [];
  const urls: Record<string, string> = {};
  const servers: Server[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const expand = (text: string): string => text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => urls[name] ?? m);
  try {
    for (const host of hosts) {
      const ctx: ServeContext = { expand, hits: new Map(), timers };
      const server = createServer((req, res) => {
        log.push({ host: host.name, method: req.method ?? "GET", path: req.url ?? "/", userAgent: req.headers["user-agent"] ?? "", time: performance.now() - t0 });
        const path = (req.url ?? "/").split("?")[0];
        const spec = path === "/robots.txt"
          ? (typeof host.robots === "string" ? { kind: "raw" as const, contentType: "text/plain", body: host.robots } : host.robots)
          : host.pages[path] ?? (path.startsWith("/chain/") ? host.pages["/chain/1"] : undefined);
        if (!spec) return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        serveFixture(spec, req, res, ctx);
      });
      servers.push(server);
      const ip = await listen(server, host.ip);
      const address = server.address();
      urls[host.name] = `http://${ip}:${typeof address === "object" && address ? address.port : 0}`;
    }
  } catch (err) {
    await closeAll(servers, timers);
    throw err;
  }
  return { urls, hosts, log, close: () => closeAll(servers, timers) };
}

function listen(server: Server, ip: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      if (err.code !== "EADDRNOTAVAIL" || ip === "127.0.0.1") return reject(err);
      server.listen(0, "127.0.0.1", () => resolve("127.0.0.1"));
    };
    server.once("error", onError);
    server.listen(0, ip, () => (server.off("error", onError), resolve(ip)));
  });
}

async function closeAll(servers: Server[], timers: Set<NodeJS.Timeout>): Promise<void> {
  for (const t of timers) clearTimeout(t);
  timers.clear();
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => {
    if (!s.listening) return resolve();
    s.close(() => resolve());
    s.closeAllConnections();
  })));
}
