import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import type { ColumnTable } from "arquero";
import { sep } from "node:path";
import { escapeHtml } from "./escape-html";
import { projectRoot } from "../data/project-root";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));

export interface RenderTableOptions {
  /** How many rows to show from the top (default 10). */
  rows?: number;
  /** A caption above the table (default none). */
  title?: string;
  /** Digits after the decimal point for non-integer numbers (default 3). */
  digits?: number;
}

function columnType(values: unknown[]): string {
  const seen = new Set(values.filter((v) => v !== null && v !== undefined).map((v) =>
    v instanceof Date ? "date" : Array.isArray(v) ? "array" : typeof v));
  if (seen.size === 0) return "empty";
  return seen.size === 1 ? [...seen][0] : "mixed";
}

/** How every table shows a missing value (null or undefined), whichever it is. */
export const MISSING_CELL = "—";

function formatCell(value: unknown, digits: number, root: string): string {
  if (value === null || value === undefined) return `<span style="color:#999" title="missing">${MISSING_CELL}</span>`;
  if (typeof value === "number" && !Number.isInteger(value)) return value.toFixed(digits);
  if (value instanceof Date) return value.toISOString();
  // paths inside the workshop print relative to its root (the kernel's working folder),
  // so a table never shows one machine's absolute paths and every path shown still works
  const text = (typeof value === "object" ? JSON.stringify(value) : String(value)).split(root).join("");
  return escapeHtml(text.length > 120 ? text.slice(0, 117) + "…" : text);
}

/**
 * Renders an Arquero table (or an array of row objects) as HTML: the first rows,
 * each column's type under its name, and the full row and column count. Missing
 * values (null, undefined) show as a grey "—"; paths under the workshop root show
 * relative to it.
 *
 * @example
 * renderTable(aq.table({ name: ["a", "b"], kb: [12.5, 40] }), { rows: 5 });
 */
export function renderTable(input: ColumnTable | object[], options: RenderTableOptions = {}): string {
  const { rows = 10, title, digits = 3 } = options;
  const t = Array.isArray(input) ? aq.from(input) : input;
  const names = t.columnNames();
  const shown = t.objects({ limit: rows }) as Record<string, unknown>[];
  const types = names.map((n) => columnType(t.array(n) as unknown[]));
  const head = names.map((n, i) =>
    `<th style="text-align:left;padding:2px 8px">${escapeHtml(n)}<br><span style="font-weight:normal;color:#888">${types[i]}</span></th>`).join("");
  const root = projectRoot() + sep;
  const body = shown.map((row) => "<tr>" + names.map((n) =>
    `<td style="padding:2px 8px">${formatCell(row[n], digits, root)}</td>`).join("") + "</tr>").join("\n");
  const more = t.numRows() > shown.length ? ` (showing the first ${shown.length})` : "";
  const caption = `${title ? `<b>${escapeHtml(title)}</b> · ` : ""}${t.numRows()} rows × ${names.length} columns${more}`;
  return `<table style="border-collapse:collapse;font-size:12px">` +
    `<caption style="text-align:left;caption-side:top">${caption}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
