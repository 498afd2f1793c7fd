/** How a view stage prints one argument: functions as their source, arrays and strings as JSON. */
export function describeArg(value: unknown): string {
  if (typeof value === "function") return String(value).replace(/\s+/g, " ").trim();
  if (value === undefined) return "undefined";
  return JSON.stringify(value);
}
