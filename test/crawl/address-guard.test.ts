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

// ---- Every spelling of a refused address, refused before any socket is opened ----
// [how it is written in a URL host, the address the socket would reach, the range named]
const SPELLINGS: Array<[host: string, reaches: string, why: RegExp]> = [
  ["127.0.0.1", "127.0.0.1", /loopback/], ["127.1", "127.0.0.1", /loopback/], ["127.0.1", "127.0.0.1", /loopback/],
  ["0x7f.1", "127.0.0.1", /loopback/], ["0x7f000001", "127.0.0.1", /loopback/], ["2130706433", "127.0.0.1", /loopback/],
  ["0177.0.0.1", "127.0.0.1", /loopback/], ["017700000001", "127.0.0.1", /loopback/], ["127.0.0.1.", "127.0.0.1", /loopback/],
  ["127.255.255.254", "127.255.255.254", /loopback/], ["0x7F.0x00.0x00.0x01", "127.0.0.1", /loopback/],
  ["10.0.0.1", "10.0.0.1", /private/], ["012.0.0.1", "10.0.0.1", /private/], ["0xa.0.0.1", "10.0.0.1", /private/],
  ["167772161", "10.0.0.1", /private/], ["172.16.0.1", "172.16.0.1", /private/], ["0xac100001", "172.16.0.1", /private/],
  ["192.168.1.1", "192.168.1.1", /private/], ["3232235777", "192.168.1.1", /private/], ["0300.0250.1.1", "192.168.1.1", /private/],
  ["169.254.169.254", "169.254.169.254", /link-local/], ["0xa9fea9fe", "169.254.169.254", /link-local/], ["2852039166", "169.254.169.254", /link-local/],
  ["0.0.0.0", "0.0.0.0", /this-network/], ["0", "0.0.0.0", /this-network/], ["0x0", "0.0.0.0", /this-network/],
  ["100.64.0.1", "100.64.0.1", /CGNAT/],
  ["[::1]", "::1", /loopback/], ["[0:0:0:0:0:0:0:1]", "::1", /loopback/], ["[0000::0001]", "::1", /loopback/], ["[::]", "::", /unspecified/],
  ["[::ffff:127.0.0.1]", "127.0.0.1", /loopback.*IPv4-mapped/], ["[::ffff:7f00:1]", "127.0.0.1", /loopback.*IPv4-mapped/],
  ["[::ffff:a00:1]", "10.0.0.1", /private.*IPv4-mapped/], ["[::FFFF:10.0.0.1]", "10.0.0.1", /private.*IPv4-mapped/],
  ["[::ffff:a9fe:a9fe]", "169.254.169.254", /link-local.*IPv4-mapped/], ["[0:0:0:0:0:ffff:c0a8:101]", "192.168.1.1", /private.*IPv4-mapped/],
  ["[::ffff:0:7f00:1]", "127.0.0.1", /loopback.*IPv4-translated/], ["[::127.0.0.1]", "127.0.0.1", /loopback.*IPv4-compatible/],
  ["[::a00:1]", "10.0.0.1", /private.*IPv4-compatible/], ["[64:ff9b::7f00:1]", "127.0.0.1", /loopback.*NAT64/],
  ["[64:ff9b::10.0.0.1]", "10.0.0.1", /private.*NAT64/], ["[64:ff9b::a9fe:a9fe]", "169.254.169.254", /link-local.*NAT64/],
  ["[64:ff9b:1::a00:1]", "64:ff9b:1::a00:1", /local-use NAT64/], ["[2002:7f00:1::]", "127.0.0.1", /loopback.*6to4/],
  ["[2002:a00:1::1]", "10.0.0.1", /private.*6to4/], ["[2002:c0a8:101:1::1]", "192.168.1.1", /private.*6to4/],
  ["[fc00::1]", "fc00::1", /unique local/], ["[fd12:3456:789a::1]", "fd12:3456:789a::1", /unique local/],
  ["[fe80::1]", "fe80::1", /link-local/], ["[febf:ffff::1]", "febf:ffff::1", /link-local/], ["[ff02::1]", "ff02::1", /multicast/],
  ["[2001:0:4136:e378:8000:63bf:3fff:fdd2]", "Teredo", /Teredo/],
  // names: resolved by the table below, and "localhost" by the system
  ["localhost", "127.0.0.1 / ::1", /loopback/], ["metadata.test", "169.254.169.254", /link-local/], ["mapped.test", "::ffff:a00:1", /private.*IPv4-mapped/],
  ["nat64.test", "64:ff9b::c0a8:101", /private.*NAT64/], ["ula.test", "fd00::1", /unique local/], ["mixed.test", "93.184.216.34 + 10.0.0.1", /private/],
];
const NAMES: Record<string, Array<{ address: string; family: number }>> = {
  "metadata.test": [{ address: "169.254.169.254", family: 4 }], "mapped.test": [{ address: "::ffff:a00:1", family: 6 }],
  "nat64.test": [{ address: "64:ff9b::c0a8:101", family: 6 }], "ula.test": [{ address: "fd00::1", family: 6 }],
  "mixed.test": [{ address: "93.184.216.34", family: 4 }, { address: "10.0.0.1", family: 4 }],
};
const resolve = async (hostname: string): Promise<Array<{ address: string; family: number }>> => {
  if (NAMES[hostname]) return NAMES[hostname];
  const { lookup } = await import("node:dns/promises");
  return lookup(hostname, { all: true });
};

/** Counts every socket connect attempted while `fn` runs (net.connect and Socket#connect both). */
async function countConnects(fn: () => Promise<void>): Promise<string[]> {
  const net = require("node:net") as typeof import("node:net");
  const seen: string[] = [];
  const connect = net.connect;
  const socketConnect = net.Socket.prototype.connect;
  (net as { connect: unknown }).connect = (...args: unknown[]) => (seen.push(JSON.stringify(args[0])), (connect as (...a: unknown[]) => unknown)(...args));
  net.Socket.prototype.connect = function (this: import("node:net").Socket, ...args: unknown[]) {
    seen.push(JSON.stringify(args[0]));
    return (socketConnect as (...a: unknown[]) => import("node:net").Socket).apply(this, args);
  } as typeof socketConnect;
  try {
    await fn();
  } finally {
    (net as { connect: unknown }).connect = connect;
    net.Socket.prototype.connect = socketConnect;
  }
  return seen;
}

test(`${SPELLINGS.length} spellings of refused addresses are refused before any connection is attempted`, async () => {
  assert.ok(SPELLINGS.length >= 40);
  const free = createServer();
  await new Promise<void>((r) => free.listen(0, "127.0.0.1", r));
  const port = (free.address() as { port: number }).port;
  await new Promise((r) => free.close(r)); // nothing listens on this port now
  const guard = addressGuard();
  const agent = guardedAgent(guard, { resolve });
  try {
    for (const [host, reaches, why] of SPELLINGS) {
      const url = `http://${host}:${port}/`;
      const hostname = new URL(url).hostname;
      const early = await guardHost(hostname, guard, resolve);
      assert.equal(early.ok, false, `${host} (${reaches}) passed guardHost`);
      assert.match(early.reason ?? "", why, host);
      let page: Awaited<ReturnType<typeof fetchPage>> | undefined;
      const connects = await countConnects(async () => void (page = await fetchPage(url, { dispatcher: agent, timeoutMs: 3000 })));
      assert.equal(page?.reason, "refused-address", `${host}: ${page?.reason} ${page?.message}`);
      assert.match(page?.message ?? "", why, host);
      assert.deepEqual(connects, [], `${host} reached a socket`);
    }
  } finally {
    await agent.close();
  }
});

test("public addresses pass in every spelling, and allowAddresses opens a range in every spelling", async () => {
  const guard = addressGuard();
  for (const ok of ["93.184.216.34", "[::ffff:5db8:d822]", "[64:ff9b::8.8.8.8]", "[2002:808:808::1]", "1572395042", "[2606:4700::1111]"]) {
    assert.deepEqual(guard(ok), { ok: true }, ok);
  }
  const open = addressGuard({ allow: ["127.0.0.0/8"] });
  for (const spelling of ["127.0.0.2", "0x7f.2", "2130706434", "[::ffff:7f00:2]", "[64:ff9b::127.0.0.2]"]) assert.equal(open(spelling).ok, true, spelling);
  assert.equal(open("[::1]").ok, false);
  assert.equal(open("10.0.0.1").ok, false);
  const server = createServer((_req, res) => res.end("hello"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const agent = guardedAgent(open);
  try {
    const connects = await countConnects(async () => {
      for (const host of ["127.0.0.1", "0x7f.1", "2130706433", "127.1"]) {
        const page = await fetchPage(`http://${host}:${port}/`, { dispatcher: agent });
        assert.equal(page.body?.toString(), "hello", host);
      }
    });
    assert.ok(connects.length >= 1, "the connect counter sees real connections"); // so the zero above means something
  } finally {
    await agent.close();
    await new Promise((r) => server.close(r));
  }
});
