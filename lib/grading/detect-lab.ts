import { labChecks } from "../checks/registry";
import { cellSource, type Notebook } from "../runner/notebook";

/**
 * Which lab a notebook is: its `metadata.uyd.lab`, or else the lab of the first
 * `check("N.M", …)` call in its code. Undefined when neither says.
 *
 * @example
 * detectLab(readNotebook("labs/00-welcome.ipynb")) // "00-welcome"
 */
export function detectLab(nb: Notebook): string | undefined {
  const declared = nb.metadata.uyd?.lab;
  if (typeof declared === "string" && declared) return declared;
  for (const cell of nb.cells) {
    if (cell.cell_type !== "code") continue;
    const m = /\bcheck\(\s*["'](\d+)\.\d+["']/.exec(cellSource(cell));
    if (m) return labChecks(m[1])?.lab;
  }
  return undefined;
}

/** True when the notebook's own code defines or assigns a `check` of its own. */
export function redefinesCheck(nb: Notebook): boolean {
  return nb.cells.some((c) => c.cell_type === "code" &&
    /\b(function|const|let|var)\s+check\b|(^|[^.\w])check\s*=[^=]|import\s*\{[^}]*\bas\s+check\b/m.test(cellSource(c)));
}
