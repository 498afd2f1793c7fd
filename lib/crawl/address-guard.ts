import { BlockList, isIP } from "node:net";

/** What the guard says about one address. */
export interface AddressVerdict {
  ok: boolean;
  /** Which range refused it, e.g. "private (10.0.0.0/8)". */
  reason?: string;
}

const REFUSED: Array<[string, number, "ipv4" | "ipv6", string]> = [
  ["0.0.0.0", 8, "ipv4", "this-network"],
  ["10.0.0.0", 8, "ipv4", "private"],
  ["100.64.0.0", 10, "ipv4", "shared (CGNAT)"],
  ["127.0.0.0", 8, "ipv4", "loopback"],
  ["169.254.0.0", 16, "ipv4", "link-local"],
  ["172.16.0.0", 12, "ipv4", "private"],
  ["192.0.0.0", 24, "ipv4", "IETF protocol"],
  ["192.168.0.0", 16, "ipv4", "private"],
  ["198.18.0.0", 15, "ipv4", "benchmarking"],
  ["224.0.0.0", 3, "ipv4", "multicast/reserved"],
  ["::", 128, "ipv6", "unspecified"],
  ["::1", 128, "ipv6", "loopback"],
  ["fc00::", 7, "ipv6", "private (unique local)"],
  ["fe80::", 10, "ipv6", "link-local"],
  ["ff00::", 8, "ipv6", "multicast"],
];

/** Options for {@link addressGuard}. */
export interface AddressGuardOptions {
  /** CIDR ranges that are allowed even though they are private, e.g. ["127.0.0.0/8"]. Default []. */
  allow?: string[];
}

/**
 * Builds a check that refuses private, loopback, link-local and other non-public
 * addresses (the classic server-side request forgery targets, like a cloud
 * metadata service on 169.254.169.254), unless a range is explicitly allowed.
 *
 * @example
 * const guard = addressGuard({ allow: ["127.0.0.0/8"] });
 * guard("127.0.0.2").ok;  // true
 * guard("10.0.0.1");      // { ok: false, reason: "private (10.0.0.0/8)" }
 */
export function addressGuard(options: AddressGuardOptions = {}): (address: string) => AddressVerdict {
  const allowed = new BlockList();
  for (const cidr of options.allow ?? []) {
    const [net, bits] = cidr.split("/");
    const type = isIP(net) === 6 ? "ipv6" : "ipv4";
    if (!isIP(net)) throw new TypeError(`Expected a CIDR range like 127.0.0.0/8, got '${cidr}'.`);
    allowed.addSubnet(net, Number(bits ?? (type === "ipv6" ? 128 : 32)), type);
  }
  return (raw: string): AddressVerdict => {
    let address = raw.replace(/^\[|\]$/g, "");
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) address = mapped[1];
    const family = isIP(address);
    if (family === 0) return { ok: false, reason: `not an IP address ('${raw}')` };
    const type = family === 6 ? "ipv6" : "ipv4";
    if (allowed.check(address, type)) return { ok: true };
    for (const [net, bits, t, name] of REFUSED) {
      if (t !== type) continue;
      const one = new BlockList();
      one.addSubnet(net, bits, t);
      if (one.check(address, t)) return { ok: false, reason: `${name} (${net}/${bits})` };
    }
    return { ok: true };
  };
}
