import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";

interface HubEntry { id: string; tags: string[]; downloads: number; likes: number; lastModified: string; [k: string]: unknown }

/** A running local stand-in for the Hub's API. */
export interface HubMirror {
  /** Pass as `hubUrl` to {@link searchDatasets}, {@link fetchDatasetCard} and {@link fetchCroissant}. */
  url: string;
  log: string[];
  close(): Promise<void>;
}

/**
 * Serves, on 127.0.0.1 only, the three Hub endpoints lab 09 uses, from files in
 * data/sources/hub (hand-made in the API's shape; see datasets.json's "about"):
 * `GET /api/datasets?search=&filter=&sort=&limit=` (search matches the id, every
 * `filter` tag must be present), `GET /datasets/<id>/raw/main/README.md` (the card) and
 * `GET /api/datasets/<id>/croissant`. Anything else is a 404, as on the Hub.
 *
 * @example
 * const hub = await startHubMirror();
 * for await (const d of searchDatasets("speech", { hubUrl: hub.url })) console.log(d.name);
 * await hub.close();
 */
export async function startHubMirror(): Promise<HubMirror> {
  const dir = join(projectRoot(), "data", "sources", "hub");
  const datasets = (JSON.parse(readFileSync(join(dir, "datasets.json"), "utf8")) as { datasets: HubEntry[] }).datasets;
  const log: string[] = [];
  const cardFile = (id: string) => join(dir, `${id.split("/").pop()}.README.md`);
  const croissant = (id: string) => (id === "uyd-workshop/librispeech-fixture"
    ? join(projectRoot(), "data", "sources", "fixtures", "librispeech", "croissant.json") : "");
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    log.push(`${req.method} ${url.pathname}${url.search}`);
    const send = (status: number, type: string, body: string) => { res.writeHead(status, { "content-type": type }); res.end(body); };
    if (url.pathname === "/api/datasets") {
      const q = (url.searchParams.get("search") ?? "").toLowerCase();
      const tags = url.searchParams.getAll("filter");
      const sort = url.searchParams.get("sort");
      const limit = Number(url.searchParams.get("limit") ?? 1000);
      let hits = datasets.filter((d) => d.id.toLowerCase().includes(q) && tags.every((t) => d.tags.includes(t) || d.tags.includes(`${t.split(":")[0]}:${t.split(":")[1]}`)));
      if (sort === "downloads" || sort === "likes") hits = hits.slice().sort((a, b) => (b[sort] as number) - (a[sort] as number) || a.id.localeCompare(b.id));
      return send(200, "application/json", JSON.stringify(hits.slice(0, limit)));
    }
    const card = /^\/datasets\/([^/]+\/[^/]+)\/raw\/main\/README\.md$/.exec(url.pathname);
    if (card && existsSync(cardFile(card[1]))) return send(200, "text/markdown; charset=utf-8", readFileSync(cardFile(card[1]), "utf8"));
    const cr = /^\/api\/datasets\/([^/]+\/[^/]+)\/croissant$/.exec(url.pathname);
    if (cr && croissant(cr[1])) return send(200, "application/ld+json", readFileSync(croissant(cr[1]), "utf8"));
    send(404, "application/json", JSON.stringify({ error: "Repository not found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}
