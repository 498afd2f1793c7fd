import type { CellOutput } from "./notebook";

/**
 * A cell's stderr without stack frames and Node's source excerpt: what a reader needs.
 *
 * @example
 * cellErrorText(run.cells[2].outputs) // "RangeError: out of range: 7"
 */
export function cellErrorText(outputs: CellOutput[]): string {
  const text = outputs.filter((o) => o.output_type === "stream" && o.name === "stderr").map((o) => (o as { text: string }).text).join("");
  const lines = text.split("\n").filter((l) => !/^\s+at /.test(l));
  const errorLine = lines.findIndex((l) => /^\w*Error\b|^Uncaught|^Unhandled/.test(l));
  const excerpt = errorLine > 0 && /^\S+:\d+$/.test(lines[0]) ? lines.slice(errorLine) : lines;
  return excerpt.join("\n").replace(/\n{2,}/g, "\n").trim();
}
