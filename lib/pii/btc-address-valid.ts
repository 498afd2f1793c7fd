import { base58checkValid, base58Decode } from "./base58check-valid";
import { bech32Valid } from "./bech32-valid";

/**
 * Validates a Bitcoin main-net address: legacy P2PKH ("1...") and P2SH ("3...")
 * by base58check with the right version byte and length, segwit ("bc1...") by the
 * bech32 / bech32m checksum.
 *
 * @example
 * btcAddressValid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"); // true
 * btcAddressValid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"); // false (checksum)
 */
export function btcAddressValid(value: string): boolean {
  if (/^bc1/i.test(value)) return bech32Valid(value, "bc");
  if (!/^[13]/.test(value) || value.length < 26 || value.length > 35) return false;
  const bytes = base58Decode(value);
  if (!bytes || bytes.length !== 25) return false;
  if (bytes[0] !== (value[0] === "1" ? 0x00 : 0x05)) return false;
  return base58checkValid(value);
}
