import type { CellOutput, Notebook } from "../../lib/runner/notebook";
import { cellSource } from "../../lib/runner/notebook";

/** How many check(...) calls a notebook's code makes. */
export function countCheckCalls(nb: Notebook): number {
  return nb.cells.filter((c) => c.cell_type === "code").reduce((n, c) => n + (cellSource(c).match(/(^|[^\w.])check\(\s*["']\d+\.\d+["']/gm) ?? []).length, 0);
}

/** The verdicts check() displayed in executed cells: "pass" or "hint". */
export function checkVerdicts(outputs: CellOutput[]): ("pass" | "hint")[] {
  const verdicts: ("pass" | "hint")[] = [];
  for (const o of outputs) {
    const text = "data" in o ? [o.data["text/html"]].flat().join("") : "";
    if (text.includes("✔ Passed")) verdicts.push("pass");
    if (text.includes("✘ Not yet")) verdicts.push("hint");
  }
  return verdicts;
}

/** Every stderr stream or error output of an executed notebook, with its cell number. */
export function errorOutputs(nb: Notebook): string[] {
  return nb.cells.flatMap((c, i) => (c.outputs ?? [])
    .filter((o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"))
    .map((o) => `cell ${i + 1}: ${"text" in o ? [o.text].flat().join("") : JSON.stringify(o)}`));
}
