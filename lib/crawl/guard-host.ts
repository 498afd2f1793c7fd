import type { AddressVerdict } from "./address-guard";
import { systemResolve, type ResolveHost } from "./guarded-agent";
import { ipBytes } from "./ip-bytes";

/**
 * Checks a URL's host name against an address guard before anything is sent:
 * an IP literal directly (in any spelling), a name by resolving it (every
 * address must pass). A name that does not resolve passes here; the request then
 * fails as a network error. The guarded agent checks again at connect time.
 *
 * @example
 * await guardHost("169.254.169.254", addressGuard()); // { ok: false, reason: "link-local (169.254.0.0/16)" }
 */
export async function guardHost(hostname: string, guard: (address: string) => AddressVerdict, resolve: ResolveHost = systemResolve): Promise<AddressVerdict> {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (ipBytes(host)) return guard(host);
  try {
    for (const { address } of await resolve(host)) {
      const verdict = guard(address);
      if (!verdict.ok) return { ok: false, reason: `${host} resolves to ${address}, ${verdict.reason}` };
    }
  } catch {
    // unresolvable: let the request report it
  }
  return { ok: true };
}
