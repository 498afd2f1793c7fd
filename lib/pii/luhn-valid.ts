/**
 * The Luhn (mod 10) checksum used by payment card numbers. Non-digits (spaces,
 * dashes) are ignored; fewer than 2 digits is never valid.
 *
 * @example
 * luhnValid("4111 1111 1111 1111"); // true
 * luhnValid("4111 1111 1111 1112"); // false
 */
export function luhnValid(value: string): boolean {
  let sum = 0;
  let count = 0;
  for (let i = value.length - 1; i >= 0; i--) {
    const code = value.charCodeAt(i) - 48;
    if (code < 0 || code > 9) continue;
    let d = code;
    if (count % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    count++;
  }
  return count >= 2 && sum % 10 === 0;
}
