const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
/** The checksum constants of bech32 (BIP 173) and bech32m (BIP 350). */
export const BECH32_CONST = 1;
export const BECH32M_CONST = 0x2bc830a3;

/** BCH checksum polymod over 5-bit values (BIP 173). */
export function bech32Polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i];
  }
  return chk >>> 0;
}

/** Expands the human-readable part for the checksum (BIP 173). */
export function bech32HrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

/**
 * Validates a segwit address in bech32 (witness v0) or bech32m (v1+) with the given
 * human-readable part ("bc" for Bitcoin main net). Mixed case is invalid.
 *
 * @example
 * bech32Valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"); // true
 */
export function bech32Valid(value: string, hrp = "bc"): boolean {
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false;
  const s = value.toLowerCase();
  const sep = s.lastIndexOf("1");
  if (s.slice(0, sep) !== hrp || s.length - sep < 7 || s.length > 90) return false;
  const data: number[] = [];
  for (const ch of s.slice(sep + 1)) {
    const v = CHARSET.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const version = data[0];
  if (version > 16) return false;
  const program = data.length - 7; // 5-bit groups of the witness program
  const bytes = Math.floor((program * 5) / 8);
  if (bytes < 2 || bytes > 40 || (version === 0 && bytes !== 20 && bytes !== 32)) return false;
  const wanted = version === 0 ? BECH32_CONST : BECH32M_CONST;
  return bech32Polymod(bech32HrpExpand(hrp).concat(data)) === wanted;
}
