import { test } from "node:test";
import assert from "node:assert/strict";
import { addressGuard } from "../../lib/crawl/address-guard";
import { createServer } from "node:http";
import { fetchPage } from "../../lib/crawl/fetch-page";
import { guardHost } from "../../lib/crawl/guard-host";
import { guardedAgent } from "../../lib/crawl/guarded-agent";

test("private, loopback, link-local and metadata addresses are refused by default", () => {
  const guard = addressGuard();
  for (const [ip, why] of [["10.0.0.1", "private"], ["172.20.1.1", "private"], ["192.168.1.10", "private"], ["127.0.0.1", "loopback"],
    ["169.254.169.254", "link-local"], ["::1", "loopback"], ["fe80::1", "link-local"], ["fd00::5", "unique local"], ["::ffff:10.1.2.3", "private"],
    ["0.0.0.0", "this-network"], ["100.64.0.1", "CGNAT"]]) {
    const verdict = guard(ip);
    assert.equal(verdict.ok, false, ip);
    assert.match(verdict.reason ?? "", new RegExp(why), ip);
  }
  assert.deepEqual(guard("93.184.216.34"), { ok: true });
  assert.deepEqual(guard("2606:4700::1111"), { ok: true });
});

test("an explicit allow list opens only the ranges it names", () => {
  const guard = addressGuard({ allow: ["127.0.0.0/8"] });
  assert.equal(guard("127.0.0.7").ok, true);
  assert.equal(guard("10.0.0.1").ok, false);
  assert.throws(() => addressGuard({ allow: ["localhost/8"] }), /Expected a CIDR range like 127\.0\.0\.0\/8, got 'localhost\/8'/);
});

test("host names are checked by the addresses they resolve to", async () => {
  const verdict = await guardHost("localhost", addressGuard());
  assert.equal(verdict.ok, false);
  assert.match(verdict.reason ?? "", /localhost resolves to .*loopback/);
  assert.equal((await guardHost("[::1]", addressGuard({ allow: ["::1/128"] }))).ok, true);
});

test("the guarded agent refuses at connect time, also for a name that resolves to a refused address", async () => {
  const server = createServer((_req, res) => res.end("hello"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const strict = guardedAgent(addressGuard());
  const open = guardedAgent(addressGuard({ allow: ["127.0.0.0/8", "::1/128"] }));
  try {
    for (const host of ["127.0.0.1", "localhost"]) {
      const refused = await fetchPage(`http://${host}:${port}/`, { dispatcher: strict });
      assert.equal(refused.reason, "refused-address", host);
      assert.match(refused.message ?? "", /Refused to connect to .*loopback/);
    }
    const allowed = await fetchPage(`http://127.0.0.1:${port}/`, { dispatcher: open });
    assert.equal(allowed.body?.toString(), "hello");
  } finally {
    await strict.close();
    await open.close();
    await new Promise((r) => server.close(r));
  }
});
