import { isIP } from "node:net";

/** An IP address in one canonical spelling, with the IPv4 address an IPv6 one carries. */
export interface IpAddress {
  family: "ipv4" | "ipv6";
  /** Dotted quad, or IPv6 as eight full hex groups. */
  text: string;
  /** The IPv4 address inside an IPv6 one, and how it is carried. */
  embedded?: { kind: "IPv4-mapped" | "IPv4-translated" | "IPv4-compatible" | "NAT64" | "6to4"; v4: string };
}

/**
 * Reads an IP address the way the socket will use it: brackets and an IPv6 zone
 * (`%eth0`) are dropped, IPv4 host spellings are read as the WHATWG URL parser
 * reads them (`0x7f.1`, `017700000001`, `2130706433` and `127.1` are 127.0.0.1), and
 * IPv6 is expanded to its eight groups, with any IPv4 address it embeds.
 * Returns undefined for anything that is not an address (a host name).
 *
 * @example
 * ipBytes("[::ffff:a00:1]"); // { family: "ipv6", text: "0:0:0:0:0:ffff:a00:1", embedded: { kind: "IPv4-mapped", v4: "10.0.0.1" } }
 */
export function ipBytes(raw: string): IpAddress | undefined {
  let s = String(raw ?? "").trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIP(s) && s !== "" && !s.includes(":")) {
    try {
      s = new URL(`http://${s}/`).hostname; // WHATWG: "0x7f.1" -> "127.0.0.1"; a name stays a name
    } catch {
      return undefined;
    }
  }
  const family = isIP(s);
  if (family === 4) return { family: "ipv4", text: s };
  if (family !== 6) return undefined;
  const g = groups(s);
  const quad = (hi: number, lo: number): string => [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  const zero = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  let embedded: IpAddress["embedded"];
  if (zero(0, 5) && g[5] === 0xffff) embedded = { kind: "IPv4-mapped", v4: quad(g[6], g[7]) };
  else if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) embedded = { kind: "IPv4-translated", v4: quad(g[6], g[7]) };
  else if (zero(0, 6) && !(g[6] === 0 && g[7] <= 1)) embedded = { kind: "IPv4-compatible", v4: quad(g[6], g[7]) };
  else if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) embedded = { kind: "NAT64", v4: quad(g[6], g[7]) };
  else if (g[0] === 0x2002) embedded = { kind: "6to4", v4: quad(g[1], g[2]) };
  return { family: "ipv6", text: g.map((x) => x.toString(16)).join(":"), embedded };
}

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted quad becomes two groups). */
function groups(v6: string): number[] {
  let s = v6.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    s = s.slice(0, dotted.index) + ((a << 8) | b).toString(16) + ":" + ((c << 8) | d).toString(16);
  }
  const [head, tail] = s.includes("::") ? s.split("::") : [s, undefined];
  const h = head ? head.split(":") : [];
  const t = tail === undefined ? [] : tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - h.length - t.length).fill("0");
  return [...h, ...fill, ...t].map((x) => parseInt(x, 16));
}
