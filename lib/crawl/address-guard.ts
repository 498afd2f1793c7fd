import { BlockList, isIP } from "node:net";
import { ipBytes } from "./ip-bytes";

/** What the guard says about one address. */
export interface AddressVerdict {
  ok: boolean;
  /** Which range refused it, e.g. "private (10.0.0.0/8)". */
  reason?: string;
}

type Range = [net: string, bits: number, name: string];
const REFUSED_V4: Range[] = [
  ["0.0.0.0", 8, "this-network"], ["10.0.0.0", 8, "private"], ["100.64.0.0", 10, "shared (CGNAT)"], ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"], ["172.16.0.0", 12, "private"], ["192.0.0.0", 24, "IETF protocol"], ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private"], ["198.18.0.0", 15, "benchmarking"], ["198.51.100.0", 24, "documentation"], ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 3, "multicast/reserved"],
];
const REFUSED_V6: Range[] = [
  ["::", 128, "unspecified"], ["::1", 128, "loopback"], ["64:ff9b:1::", 48, "local-use NAT64"], ["100::", 64, "discard"],
  ["2001::", 32, "Teredo tunnel"], ["2001:db8::", 32, "documentation"], ["fc00::", 7, "private (unique local)"], ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local"], ["ff00::", 8, "multicast"],
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
 * It judges the address the socket will really reach: IPv4 spellings are read as
 * the WHATWG URL parser reads them (`0x7f.1`, `2130706433`, `0177.0.0.1` are all
 * 127.0.0.1), and an IPv6 address that carries an IPv4 one is judged by that one
 * too: IPv4-mapped (`::ffff:a00:1` is 10.0.0.1) and IPv4-translated, the deprecated
 * IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96` and 6to4 `2002::/16`.
 *
 * @example
 * const guard = addressGuard({ allow: ["127.0.0.0/8"] });
 * guard("127.0.0.2").ok;  // true
 * guard("[::ffff:a00:1]"); // { ok: false, reason: "private (10.0.0.0/8), as IPv4-mapped 10.0.0.1" }
 */
export function addressGuard(options: AddressGuardOptions = {}): (address: string) => AddressVerdict {
  const allowed = new BlockList();
  for (const cidr of options.allow ?? []) {
    const [net, bits] = cidr.split("/");
    if (!isIP(net)) throw new TypeError(`Expected a CIDR range like 127.0.0.0/8, got '${cidr}'.`);
    const type = isIP(net) === 6 ? "ipv6" : "ipv4";
    allowed.addSubnet(net, Number(bits ?? (type === "ipv6" ? 128 : 32)), type);
  }
  const lists = (ranges: Range[], type: "ipv4" | "ipv6"): Array<[BlockList, string]> =>
    ranges.map(([net, bits, name]) => {
      const one = new BlockList();
      one.addSubnet(net, bits, type);
      return [one, `${name} (${net}/${bits})`];
    });
  const v4 = lists(REFUSED_V4, "ipv4");
  const v6 = lists(REFUSED_V6, "ipv6");
  return (raw: string): AddressVerdict => {
    const ip = ipBytes(raw);
    if (!ip) return { ok: false, reason: `not an IP address ('${raw}')` };
    const inner = ip.embedded ? ` as ${ip.embedded.kind} ${ip.embedded.v4}` : "";
    if (allowed.check(ip.text, ip.family) || (ip.embedded && allowed.check(ip.embedded.v4, "ipv4"))) return { ok: true };
    if (ip.embedded) {
      const hit = v4.find(([list]) => list.check((ip.embedded as { v4: string }).v4, "ipv4"));
      if (hit) return { ok: false, reason: `${hit[1]}${inner}` };
    }
    const hit = (ip.family === "ipv4" ? v4 : v6).find(([list]) => list.check(ip.text, ip.family));
    return hit ? { ok: false, reason: hit[1] } : { ok: true };
  };
}
