/** How a view stage prints one argument: functions as their source, arrays and strings as JSON. */
export function describeArg(value: unknown): string {
  // Compiled cells call imports as `exports.f(...)` (tslab) or `(0, import_x.f)(...)` (esbuild): print `f(...)`.
  if (typeof value === "function") return String(value).replace(/\s+/g, " ").replace(/\(0, ?[\w$]+\.([\w$]+)\)/g, "$1").replace(/\bexports\./g, "").trim();
  if (value === undefined) return "undefined";
  return JSON.stringify(value);
}
