import { test } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { readLimitedBody } from "../../lib/crawl/read-limited-body";

test("a gzip bomb is stopped once its decompressed size passes the limit", async () => {
  const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024));
  assert.ok(bomb.length < 64 * 1024);
  await assert.rejects(readLimitedBody(Readable.from([bomb]), { encoding: "gzip", maxBytes: 1024 * 1024 }),
    (err: Error & { code?: string }) => err.code === "too-large" && /larger than 1048576 bytes after gzip decompression/.test(err.message));
});

test("a body within the limit is returned whole, and truncate keeps the first bytes", async () => {
  const text = Buffer.from("x".repeat(1000));
  assert.equal((await readLimitedBody(Readable.from([gzipSync(text)]), { encoding: "gzip" })).body.length, 1000);
  const cut = await readLimitedBody(Readable.from([text]), { maxBytes: 100, truncate: true });
  assert.deepEqual([cut.body.length, cut.truncated], [100, true]);
});

test("a broken gzip stream is reported as a decompression error", async () => {
  await assert.rejects(readLimitedBody(Readable.from([Buffer.from("not gzip at all")]), { encoding: "gzip" }), { code: "decompression" });
});
