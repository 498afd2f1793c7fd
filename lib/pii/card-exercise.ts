import { seededRandom } from "../llm-text/seeded-random";
import { luhnValid } from "./luhn-valid";

const ISSUERS = [{ prefix: "4", length: 16 }, { prefix: "51", length: 16 }, { prefix: "37", length: 15 },
  { prefix: "6011", length: 16 }, { prefix: "2221", length: 16 }];

function cardNumber(rand: () => number, prefix: string, length: number, valid: boolean): string {
  let body = prefix;
  while (body.length < length - 1) body += String(Math.floor(rand() * 10));
  for (let d = 0; d < 10; d++) {
    const n = body + d;
    if (luhnValid(n) === valid) return n;
  }
  throw new Error("unreachable: one of ten check digits passes Luhn");
}

function layout(n: string, style: number): string {
  if (n.length === 15) return style === 0 ? n : `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  return style === 0 ? n : n.replace(/(\d{4})(?=\d)/g, style === 1 ? "$1 " : "$1-");
}

/**
 * A short support-chat transcript with card numbers in several layouts: some pass
 * the Luhn check, others are typos, order numbers or phone numbers. `valid` lists the
 * valid cards' digits (no spaces or dashes), known from how the text was made.
 *
 * @example
 * const { text, valid } = cardExercise();
 * valid.length; // 4
 */
export function cardExercise(seed = 7): { text: string; valid: string[] } {
  const rand = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const valid: string[] = [];
  const card = (ok: boolean) => {
    const { prefix, length } = pick(ISSUERS);
    const n = cardNumber(rand, prefix, length, ok);
    if (ok) valid.push(n);
    return layout(n, Math.floor(rand() * 3));
  };
  const lines = [
    `[09:14] customer: hi, my card ${card(true)} was charged twice`,
    `[09:15] agent: I see two charges. Was it the card ending in the digits you typed, or ${card(false)}?`,
    `[09:15] customer: sorry typo, the right one is ${card(true)}`,
    `[09:16] agent: noted. Your order number is ${cardNumber(rand, "8", 16, true)} and ticket ${cardNumber(rand, "9", 16, false)}.`,
    `[09:17] customer: my partner used ${card(true)} for the second order, and the old ${card(false)} is cancelled`,
    `[09:18] agent: call us back on +1 (415) 555-0142 if needed; reference ${card(false)}.`,
    `[09:19] customer: one more: ${card(true)}. Thanks!`,
  ];
  return { text: lines.join("\n"), valid };
}
