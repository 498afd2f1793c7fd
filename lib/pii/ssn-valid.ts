/** Numbers the SSA never issues but that appear in ads and examples. */
const KNOWN_FAKES = new Set(["078051120", "219099999", "123456789", "111111111", "987654320"]);

/**
 * Validates a US Social Security number's ranges: area not 000, 666 or 900-999,
 * group not 00, serial not 0000, and not a famous advertising number. Separators
 * (dash, space, dot) are ignored; exactly 9 digits are required.
 *
 * @example
 * ssnValid("536-22-8726"); // true
 * ssnValid("666-12-3456"); // false (area 666 is never issued)
 */
export function ssnValid(value: string): boolean {
  const digits = value.replace(/[-\s.]/g, "");
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === "00" || digits.slice(5) === "0000") return false;
  return !KNOWN_FAKES.has(digits);
}
