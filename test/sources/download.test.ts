// download(): cached, resumable with Range, checksummed, polite, guarded; tested only
// against servers on 127.0.0.1 that each test starts and stops.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { download } from "../../lib/sources/download";

const UA = "uyd-test-bot/0.1 (+mailto:tests@example.org)";
const body = randomBytes(1024 * 1024);
const digest = createHash("sha256").update(body).digest("hex");
const LOOPBACK = ["127.0.0.0/8"];

interface Seen { range?: string; ifRange?: string; ua?: string }

/** A server for `body` that honours Range (unless told not to) and can cut the first response short. */
async function serve(opts: { cutAfter?: number; ignoreRange?: boolean; status?: number; redirectTo?: string } = {}) {
  const seen: Seen[] = [];
  let cut = opts.cutAfter;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push({ range: req.headers.range, ifRange: req.headers["if-range"] as string | undefined, ua: req.headers["user-agent"] });
    if (opts.redirectTo) { res.writeHead(302, { location: opts.redirectTo }); return res.end(); }
    if (opts.status) { res.writeHead(opts.status); return res.end("no"); }
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
    const start = m && !opts.ignoreRange ? Number(m[1]) : 0;
    const headers = { etag: '"v1"', "content-length": String(body.length - start), ...(start ? { "content-range": `bytes ${start}-${body.length - 1}/${body.length}` } : {}) };
    res.writeHead(start ? 206 : 200, headers);
    if (cut !== undefined) {
      res.write(body.subarray(start, start + cut));
      cut = undefined;
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.end(body.subarray(start));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/data/slice.bin`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const tmp = () => mkdtempSync(join(tmpdir(), "uyd-dl-"));

test("a download cut mid-file resumes from the partial file with a Range request and ends verified", async () => {
  const srv = await serve({ cutAfter: 300_000 });
  const to = join(tmp(), "slice.bin");
  try {
    await assert.rejects(download(srv.url, { to, userAgent: UA, allowAddresses: LOOPBACK, sha256: digest }), /connection (broke|ended) after \d+/);
    assert.equal(existsSync(to), false, "no file appears before it is complete");
    const partBytes = statSync(`${to}.part`).size;
    assert.ok(partBytes > 0 && partBytes < body.length);
    const progress: number[] = [];
    const r = await download(srv.url, { to, userAgent: UA, allowAddresses: LOOPBACK, sha256: digest, onProgress: (n) => progress.push(n) });
    assert.equal(r.resumedFrom, partBytes);
    assert.equal(srv.seen[1].range, `bytes=${partBytes}-`);
    assert.equal(srv.seen[1].ifRange, '"v1"', "the resume is validated by the ETag it started with");
    assert.equal(r.sha256, digest);
    assert.deepEqual(readFileSync(to), body);
    assert.equal(progress.at(-1), body.length, "progress ends at the real total");
    assert.equal(existsSync(`${to}.part`), false);
  } finally {
    await srv.close();
  }
});

test("a complete file with the right checksum is reused without a request", async () => {
  const srv = await serve();
  const to = join(tmp(), "slice.bin");
  try {
    const first = await download(srv.url, { to, userAgent: UA, allowAddresses: LOOPBACK, sha256: digest });
    const second = await download(srv.url, { to, userAgent: UA, allowAddresses: LOOPBACK, sha256: digest });
    assert.deepEqual([first.fromCache, second.fromCache, srv.seen.length], [false, true, 1]);
    assert.equal(srv.seen[0].ua, UA, "the contact user agent is sent");
  } finally {
    await srv.close();
  }
});

test("a checksum mismatch is an error that names both digests and leaves no file", async () => {
  const srv = await serve();
  const to = join(tmp(), "slice.bin");
  try {
    await assert.rejects(download(srv.url, { to, userAgent: UA, allowAddresses: LOOPBACK, sha256: "0".repeat(64) }),
      (e: Error) => e.name === "ChecksumError" && e.message.includes(digest) && e.message.includes("0".repeat(64)));
    assert.equal(existsSync(to), false);
    assert.equal(existsSync(`${to}.part`), false);
  } finally {
    await srv.close();
  }
});

test("a server that ignores Range restarts the file from scratch and the result is still right", async () => {
  const srv = await serve({ ignoreRange: true });
  const to = join(tmp(), "slice.bin");
  writeFileSync(`${to}.part`, body.subarray(0, 1000));
  writeFileSync(`${to}.part.json`, JSON.stringify({ url: srv.url, etag: '"v1"' }));
  try {
    const r = await download(srv.url, { to, userAgent: UA, allowAddresses: LOOPBACK, sha256: digest });
    assert.equal(srv.seen[0].range, "bytes=1000-");
    assert.deepEqual(readFileSync(to), body);
    assert.equal(r.sha256, digest);
  } finally {
    await srv.close();
  }
});

test("a stale cached file with the wrong checksum is fetched again", async () => {
  const srv = await serve();
  const to = join(tmp(), "slice.bin");
  writeFileSync(to, "old contents");
  try {
    const r = await download(srv.url, { to, userAgent: UA, allowAddresses: LOOPBACK, sha256: digest });
    assert.deepEqual([r.fromCache, r.sha256], [false, digest]);
  } finally {
    await srv.close();
  }
});

test("private addresses are refused before connecting, also behind a redirect, unless allowed", async () => {
  const to = join(tmp(), "x.bin");
  await assert.rejects(download("http://10.0.0.1/x.bin", { to, userAgent: UA }), (e: Error) => e.name === "DownloadError" && /Refused to connect to 10\.0\.0\.1/.test(e.message));
  const srv = await serve();
  try {
    await assert.rejects(download(srv.url, { to, userAgent: UA }), /Refused to connect to 127\.0\.0\.1: loopback/);
    assert.equal(srv.seen.length, 0, "nothing reached the server");
  } finally {
    await srv.close();
  }
  const hop = await serve({ redirectTo: "http://169.254.169.254/latest/meta-data" });
  try {
    await assert.rejects(download(hop.url, { to, userAgent: UA, allowAddresses: LOOPBACK }), /Refused to connect to 169\.254\.169\.254: link-local/);
  } finally {
    await hop.close();
  }
});

test("bad input gets a clear error: no contact in the user agent, a bad URL, a malformed checksum, HTTP 404", async () => {
  await assert.rejects(download("http://127.0.0.1:9/x", { userAgent: "curl/8" }), /contact e-mail/);
  await assert.rejects(download("not a url", { userAgent: UA }), /Expected an http\(s\) URL/);
  await assert.rejects(download("ftp://example.org/x", { userAgent: UA }), /Only http and https/);
  await assert.rejects(download("http://127.0.0.1:9/x", { userAgent: UA, sha256: "abc" }), /64 hex digits/);
  const srv = await serve({ status: 404 });
  try {
    await assert.rejects(download(srv.url, { to: join(tmp(), "x"), userAgent: UA, allowAddresses: LOOPBACK }), /answered HTTP 404.*Check the URL/);
  } finally {
    await srv.close();
  }
});
