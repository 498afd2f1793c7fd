/**
 * Milliseconds to wait according to a Retry-After header: either delay-seconds
 * ("120") or an HTTP date. Returns undefined when the header is missing or
 * unreadable, 0 for a date in the past.
 *
 * @param value the header value
 * @param nowMs the current time in ms since the epoch (only used for dates)
 * @example
 * retryAfterMs("2", 0); // 2000
 */
export function retryAfterMs(value: string | string[] | undefined, nowMs: number): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === "") return undefined;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
