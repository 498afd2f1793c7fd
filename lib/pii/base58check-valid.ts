import { createHash } from "node:crypto";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** Decodes Bitcoin's base58 alphabet to bytes; `null` on a character outside it. */
export function base58Decode(value: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of value) {
    let carry = ALPHABET.indexOf(ch);
    if (carry < 0) return null;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i] * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < value.length && value[i] === "1"; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/**
 * Validates a base58check string: the last 4 bytes must equal the first 4 bytes of
 * SHA-256(SHA-256(payload)). Legacy Bitcoin addresses (starting 1 or 3) use it.
 *
 * @example
 * base58checkValid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"); // true
 */
export function base58checkValid(value: string): boolean {
  const bytes = base58Decode(value);
  if (!bytes || bytes.length < 5) return false;
  const payload = bytes.subarray(0, bytes.length - 4);
  const once = createHash("sha256").update(payload).digest();
  const twice = createHash("sha256").update(once).digest();
  for (let i = 0; i < 4; i++) if (twice[i] !== bytes[bytes.length - 4 + i]) return false;
  return true;
}
