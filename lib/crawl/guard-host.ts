import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { AddressVerdict } from "./address-guard";

/**
 * Checks a URL's host name against an address guard before anything is sent:
 * an IP literal directly, a name by resolving it (all addresses must pass).
 * A name that does not resolve passes here; the request then fails as a
 * network error.
 *
 * @example
 * await guardHost("169.254.169.254", addressGuard()); // { ok: false, reason: "link-local (169.254.0.0/16)" }
 */
export async function guardHost(hostname: string, guard: (address: string) => AddressVerdict): Promise<AddressVerdict> {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return guard(host);
  try {
    const addresses = await lookup(host, { all: true });
    for (const { address } of addresses) {
      const verdict = guard(address);
      if (!verdict.ok) return { ok: false, reason: `${host} resolves to ${address}, ${verdict.reason}` };
    }
  } catch {
    // unresolvable: let the request report it
  }
  return { ok: true };
}
