import { createHash } from "node:crypto";
import { firstNameSet } from "./first-name-set";

const SURNAMES = ("Abbott Baker Carter Dalton Ellis Fischer Garcia Hughes Ibsen Jensen Keller Lambert Moreau " +
  "Novak Olsen Perez Quinn Richter Santos Turner Ueda Vogel Walsh Young Zimmer").split(" ");
let firstNames: string[] | null = null;

function digitsFrom(hex: string, n: number): string {
  let out = "";
  for (let i = 0; out.length < n; i++) out += String(parseInt(hex[i % hex.length], 16) % 10);
  return out;
}

function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/**
 * A consistent fake value for a piece of PII: the same (type, value, seed) always
 * gives the same pseudonym, in any document, with no state kept. Fakes use reserved
 * ranges (example.com, 555 numbers, TEST-NET IPs, the 4000 test card range, SSN area
 * 9xx that is never issued); types without a natural fake become `TYPE_1a2b3c`.
 *
 * @example
 * pseudonymFor("EMAIL", "jane@corp.com"); // "user-5d41a2@example.com" (same every time)
 */
export function pseudonymFor(type: string, value: string, seed = 0): string {
  const h = createHash("sha256").update(`${seed}\u0000${type}\u0000${value.trim().toLowerCase()}`).digest("hex");
  const n = parseInt(h.slice(0, 8), 16);
  switch (type) {
    case "PERSON": {
      firstNames ??= [...firstNameSet()].sort();
      return value.includes(" ") ? `${firstNames[n % firstNames.length]} ${SURNAMES[(n >>> 16) % SURNAMES.length]}` : firstNames[n % firstNames.length];
    }
    case "EMAIL": return `user-${h.slice(0, 6)}@example.com`;
    case "PHONE": return `555-01${digitsFrom(h, 2)}`;
    case "CREDIT_CARD": return luhnComplete("4000" + digitsFrom(h, 11)).replace(/(\d{4})(?=\d)/g, "$1 ");
    case "IP": return value.includes(":") ? `2001:db8::${h.slice(0, 4)}` : `192.0.2.${n % 254 + 1}`;
    case "MAC": return `02:00:00:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
    case "URL": return `https://example.com/${h.slice(0, 8)}`;
    case "US_SSN": return `9${digitsFrom(h, 2)}-${digitsFrom(h.slice(2), 2)}-${digitsFrom(h.slice(4), 4)}`;
    default: return `${type}_${h.slice(0, 6)}`;
  }
}
