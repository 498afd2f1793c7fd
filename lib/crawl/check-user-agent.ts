import { InputError } from "../errors/workshop-error";
import { productToken } from "./product-token";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * Refuses a user agent that does not say who is crawling: it must start with a
 * product token (letters, `_`, `-`) that robots.txt groups can name, and it
 * must contain a contact e-mail so a site owner can reach you.
 *
 * @returns the product token
 * @example
 * checkUserAgent("uyd-lab-bot/0.1 (+mailto:me@example.org)"); // "uyd-lab-bot"
 */
export function checkUserAgent(userAgent: unknown): string {
  const ua = typeof userAgent === "string" ? userAgent.trim() : "";
  const hint = "Pass userAgent like 'uyd-lab-bot/0.1 (+mailto:you@example.org)': a bot name, a version and your e-mail.";
  if (!EMAIL.test(ua)) {
    throw new InputError(`A crawler must tell sites how to reach its operator: the user agent needs a contact e-mail, got ${JSON.stringify(userAgent ?? "")}.`, hint);
  }
  const token = productToken(ua);
  if (!token) {
    throw new InputError(`A user agent must start with a product token (letters, '_' or '-') that robots.txt can name, got ${JSON.stringify(ua)}.`, hint);
  }
  return token;
}
