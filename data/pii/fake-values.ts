// Value generators for make-corpus.ts: Faker (seeded, per locale) plus the identifiers Faker
// does not make valid (Bitcoin addresses with real checksums, SSNs in issued ranges) and the
// hard negatives (look-alikes that are NOT personal data).
import { createHash } from "node:crypto";
import type { Faker } from "@faker-js/faker";
import { luhnValid } from "../../lib/pii/luhn-valid";
import { ibanValid } from "../../lib/pii/iban-valid";
import { btcAddressValid } from "../../lib/pii/btc-address-valid";
import { bech32Polymod, bech32HrpExpand, BECH32_CONST, BECH32M_CONST } from "../../lib/pii/bech32-valid";

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest();

function bytes(f: Faker, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => f.number.int(255));
}

function base58check(payload: Uint8Array): string {
  const full = Buffer.concat([payload, sha(sha(payload)).subarray(0, 4)]);
  let n = BigInt("0x" + full.toString("hex"));
  let out = "";
  while (n > 0n) { out = B58[Number(n % 58n)] + out; n /= 58n; }
  for (let i = 0; i < full.length && full[i] === 0; i++) out = "1" + out;
  return out;
}

function segwit(version: number, program: Uint8Array): string {
  const data = [version];
  let acc = 0, bits = 0;
  for (const b of program) {
    acc = (acc << 8) | b; bits += 8;
    while (bits >= 5) { bits -= 5; data.push((acc >> bits) & 31); }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const poly = bech32Polymod(bech32HrpExpand("bc").concat(data, [0, 0, 0, 0, 0, 0])) ^ (version === 0 ? BECH32_CONST : BECH32M_CONST);
  const check = Array.from({ length: 6 }, (_, i) => (poly >>> (5 * (5 - i))) & 31);
  return "bc1" + data.concat(check).map((v) => B32[v]).join("");
}

/** A Bitcoin address with a valid checksum: P2PKH, P2SH, segwit v0 or taproot. */
export function btcAddress(f: Faker): string {
  const kind = f.number.int(3);
  const addr = kind === 0 ? base58check(Uint8Array.from([0, ...bytes(f, 20)]))
    : kind === 1 ? base58check(Uint8Array.from([5, ...bytes(f, 20)]))
    : kind === 2 ? segwit(0, bytes(f, 20)) : segwit(1, bytes(f, 32));
  if (!btcAddressValid(addr)) throw new Error(`generated an invalid BTC address ${addr}`);
  return addr;
}

/** A US SSN in issued ranges, dashed. */
export function ssn(f: Faker): string {
  let area = f.number.int({ min: 1, max: 899 });
  if (area === 666) area = 667;
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(area, 3)}-${pad(f.number.int({ min: 1, max: 99 }), 2)}-${pad(f.number.int({ min: 1, max: 9999 }), 4)}`;
}

/** A Luhn-valid card number from Faker, in one of three layouts. */
export function card(f: Faker): string {
  for (;;) {
    const raw = f.finance.creditCardNumber({ issuer: f.helpers.arrayElement(["visa", "mastercard", "amex", "discover"]) });
    const digits = raw.replace(/\D/g, "");
    if (!luhnValid(digits)) continue;
    const style = f.number.int(2);
    if (style === 0) return raw;
    if (style === 1) return digits;
    return digits.replace(/(\d{4})(?=\d)/g, "$1 ");
  }
}

/** A mod-97-valid IBAN, grouped in fours or not. */
export function iban(f: Faker): string {
  for (;;) {
    const value = f.finance.iban({ formatted: f.datatype.boolean() });
    if (ibanValid(value)) return value;
  }
}

/** Hard negatives: strings a naive regex takes for personal data. */
export const negatives: Record<string, (f: Faker) => string> = {
  card16: (f) => { // 16 digits that fail Luhn
    for (;;) { const s = f.string.numeric(16); if (!luhnValid(s)) return s.replace(/(\d{4})(?=\d)/g, "$1 "); }
  },
  btc: (f) => { for (;;) { const s = f.finance.bitcoinAddress(); if (!btcAddressValid(s)) return s; } },
  ssn: (f) => `${f.helpers.arrayElement(["000", "666", String(f.number.int({ min: 900, max: 999 }))])}-${f.string.numeric(2)}-${f.string.numeric(4)}`,
  iban: (f) => { for (;;) { const s = f.finance.iban(); const bad = s.slice(0, 2) + String((Number(s.slice(2, 4)) + 1) % 100).padStart(2, "0") + s.slice(4); if (!ibanValid(bad)) return bad; } },
  order: (f) => f.helpers.arrayElement([f.string.numeric(5), `${f.string.numeric(4)}-${f.string.numeric(4)}-${f.string.numeric(2)}`, f.string.numeric(8)]),
  isbn: (f) => f.helpers.arrayElement([`978-${f.string.numeric(1)}-${f.string.numeric(2)}-${f.string.numeric(6)}-${f.string.numeric(1)}`, `0-${f.string.numeric(3)}-${f.string.numeric(5)}-${f.string.numeric(1)}`]),
  version: (f) => `${f.number.int(12)}.${f.number.int(30)}.${f.number.int(99)}${f.datatype.boolean() ? "." + f.number.int(200) : ""}`,
  epoch: (f) => String(f.number.int({ min: 1000000000, max: 1799999999 })),
  stamp: (f) => `${f.number.int({ min: 2001, max: 2024 })}${f.string.numeric(10)}`,
  sku: (f) => `${f.string.alpha({ length: 3, casing: "upper" })}-${f.string.numeric(4)}-${f.string.numeric(4)}`,
  md5: (f) => f.string.hexadecimal({ length: 32, casing: "lower", prefix: "" }),
  amount: (f) => `${f.number.int({ min: 10000, max: 99999 })}`,
};
