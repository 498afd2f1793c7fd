import { test } from "node:test";
import assert from "node:assert/strict";
import { luhnValid } from "../../lib/pii/luhn-valid";
import { ibanValid } from "../../lib/pii/iban-valid";
import { btcAddressValid } from "../../lib/pii/btc-address-valid";
import { ssnValid } from "../../lib/pii/ssn-valid";

test("the Luhn check accepts test card numbers and rejects one changed digit", () => {
  for (const card of ["4111 1111 1111 1111", "5500-0000-0000-0004", "340000000000009", "6011000000000004"]) {
    assert.ok(luhnValid(card), card);
  }
  assert.ok(!luhnValid("4111 1111 1111 1112"));
  assert.ok(!luhnValid("7"));
});

test("IBANs need a known country, its exact length and mod-97 check digits", () => {
  assert.ok(ibanValid("GB82 WEST 1234 5698 7654 32"));
  assert.ok(ibanValid("DE89370400440532013000"));
  assert.ok(ibanValid("fr1420041010050500013m02606"));
  assert.ok(!ibanValid("GB82 WEST 1234 5698 7654 33"), "wrong check digits");
  assert.ok(!ibanValid("DE8937040044053201300"), "one character short for DE");
  assert.ok(!ibanValid("QQ82WEST12345698765432"), "no such country");
});

test("Bitcoin addresses are checked by base58check and by bech32/bech32m", () => {
  assert.ok(btcAddressValid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
  assert.ok(btcAddressValid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
  assert.ok(btcAddressValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
  assert.ok(btcAddressValid("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"));
  assert.ok(!btcAddressValid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"), "base58check mismatch");
  assert.ok(!btcAddressValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"), "bech32 mismatch");
  assert.ok(!btcAddressValid("bc1qw508d6qejxtdg4y5r3zarvaRY0c5xw7kv8f3t4"), "mixed case");
  assert.ok(!btcAddressValid("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx"), "v1 with a bech32 (not bech32m) checksum");
});

test("SSNs in never-issued ranges are rejected", () => {
  assert.ok(ssnValid("536-22-8726"));
  for (const bad of ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "078-05-1120", "12-345-6789"]) {
    assert.ok(!ssnValid(bad), bad);
  }
});
