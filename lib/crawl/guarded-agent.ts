import { lookup as dnsLookup } from "node:dns/promises";
import type * as Undici from "undici";
import type { Agent } from "undici";
import { lazyModule } from "../data/lazy-module";
import type { AddressVerdict } from "./address-guard";
import { ipBytes } from "./ip-bytes";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const undici = lazyModule<typeof Undici>(() => require("undici"));

/** A resolver: every address a host name resolves to (default: the system's, `dns.lookup` with all: true). */
export type ResolveHost = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

/** Options for {@link guardedAgent}. */
export interface GuardedAgentOptions {
  /** Milliseconds to wait for a TCP connection. Default 5000. */
  connectTimeoutMs?: number;
  /** Keep-alive sockets per origin. Default 1 (one request at a time per host). */
  connections?: number;
  /** The resolver the socket uses, e.g. a fixed table in tests. Default: the system resolver. */
  resolve?: ResolveHost;
}

/** The system resolver with every address. */
export const systemResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true });

/**
 * An undici Agent that checks every address it is about to connect to: IP
 * literals in any spelling before connecting, host names after resolving them
 * (so a name that resolves to 10.0.0.1 is refused too). The address the guard
 * passed is the one handed to the socket (no second lookup, so no DNS rebinding
 * between check and connect); TLS still verifies the certificate for the name. A refused
 * connection fails with an error whose `code` is "ERR_ADDRESS_REFUSED".
 *
 * @example
 * const agent = guardedAgent(addressGuard({ allow: ["127.0.0.0/8"] }));
 * await request("http://127.0.0.2:8080/", { dispatcher: agent });
 */
export function guardedAgent(guard: (address: string) => AddressVerdict, options: GuardedAgentOptions = {}): Agent {
  const { connectTimeoutMs = 5000, connections = 1, resolve = systemResolve } = options;
  const refuse = (address: string, reason: string | undefined): Error =>
    Object.assign(new Error(`Refused to connect to ${address}: ${reason}.`), { code: "ERR_ADDRESS_REFUSED" });
  const base = undici.buildConnector({ timeout: connectTimeoutMs });
  return new undici.Agent({
    connections,
    connect(opts, callback) {
      const host = opts.hostname.replace(/^\[|\]$/g, "");
      if (ipBytes(host)) {
        const verdict = guard(host);
        return verdict.ok ? base({ ...opts, hostname: host }, callback) : callback(refuse(host, verdict.reason), null);
      }
      // Resolve here, check every address, and hand the socket the checked one: the socket does
      // no lookup of its own, so a name cannot resolve to something else a moment later.
      resolve(host).then((addresses) => {
        const bad = addresses.map((a) => [a.address, guard(a.address)] as const).find(([, v]) => !v.ok);
        if (bad) return callback(refuse(`${host} (${bad[0]})`, bad[1].reason), null);
        if (addresses.length === 0) return callback(Object.assign(new Error(`${host} has no address.`), { code: "ENOTFOUND" }), null);
        base({ ...opts, hostname: addresses[0].address }, callback);
      }, (err: Error) => callback(err, null));
    },
  });
}
