import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import { Agent, buildConnector } from "undici";
import type { AddressVerdict } from "./address-guard";

/** Options for {@link guardedAgent}. */
export interface GuardedAgentOptions {
  /** Milliseconds to wait for a TCP connection. Default 5000. */
  connectTimeoutMs?: number;
  /** Keep-alive sockets per origin. Default 1 (one request at a time per host). */
  connections?: number;
}

/**
 * An undici Agent that checks every address it is about to connect to: IP
 * literals before connecting, host names after DNS resolution (so a name that
 * resolves to 10.0.0.1 is refused too). A refused connection fails with an error
 * whose `code` is "ERR_ADDRESS_REFUSED".
 *
 * @example
 * const agent = guardedAgent(addressGuard({ allow: ["127.0.0.0/8"] }));
 * await request("http://127.0.0.2:8080/", { dispatcher: agent });
 */
export function guardedAgent(guard: (address: string) => AddressVerdict, options: GuardedAgentOptions = {}): Agent {
  const { connectTimeoutMs = 5000, connections = 1 } = options;
  const refuse = (address: string, reason: string | undefined): Error =>
    Object.assign(new Error(`Refused to connect to ${address}: ${reason}.`), { code: "ERR_ADDRESS_REFUSED" });
  const lookup = (hostname: string, opts: object, callback: (...args: unknown[]) => void): void => {
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err);
      const bad = addresses.map((a) => [a.address, guard(a.address)] as const).find(([, v]) => !v.ok);
      if (bad) return callback(refuse(`${hostname} (${bad[0]})`, bad[1].reason));
      if ((opts as { all?: boolean }).all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
  const base = buildConnector({ timeout: connectTimeoutMs, lookup } as buildConnector.BuildOptions);
  return new Agent({
    connections,
    connect(opts, callback) {
      const host = opts.hostname.replace(/^\[|\]$/g, "");
      if (isIP(host)) {
        const verdict = guard(host);
        if (!verdict.ok) return callback(refuse(host, verdict.reason), null);
      }
      base(opts, callback);
    },
  });
}
