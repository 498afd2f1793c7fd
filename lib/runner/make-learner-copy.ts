import { NotebookError } from "../errors/workshop-error";
import { cellSource, type Notebook } from "./notebook";

const BEGIN = /^\s*\/\/\s*BEGIN SOLUTION\b/;
const END = /^\s*\/\/\s*END SOLUTION\b/;

/**
 * Replaces every `// BEGIN SOLUTION` ... `// END SOLUTION` block of a code cell with
 * `// YOUR CODE HERE` (same indentation). Throws on unbalanced markers.
 *
 * @example
 * stripSolution("let n = 0;\n// BEGIN SOLUTION\nn = 2;\n// END SOLUTION\ncheck('0.2', n);")
 * // "let n = 0;\n// YOUR CODE HERE\ncheck('0.2', n);"
 */
export function stripSolution(source: string, where = "cell"): string {
  const out: string[] = [];
  let inside = false;
  for (const line of source.split("\n")) {
    if (BEGIN.test(line)) {
      if (inside) throw new NotebookError(`${where}: a BEGIN SOLUTION inside another solution block.`, "Close each block with // END SOLUTION.");
      inside = true;
      out.push(line.replace(/\/\/.*$/, "// YOUR CODE HERE"));
    } else if (END.test(line)) {
      if (!inside) throw new NotebookError(`${where}: END SOLUTION without a BEGIN SOLUTION.`, "Pair the markers.");
      inside = false;
    } else if (!inside) {
      out.push(line);
    }
  }
  if (inside) throw new NotebookError(`${where}: a BEGIN SOLUTION block is never closed.`, "Add // END SOLUTION after the solution lines.");
  return out.join("\n");
}

/**
 * The learner copy of a reference notebook: solution blocks stripped, outputs and
 * execution counts cleared, per-cell run metadata dropped.
 *
 * @example
 * writeFileSync("labs/00-welcome.ipynb", formatNotebook(makeLearnerCopy(readNotebook("labs/solutions/00-welcome.ipynb"))));
 */
export function makeLearnerCopy(solution: Notebook): Notebook {
  return {
    ...solution,
    cells: solution.cells.map((cell, i) => {
      const { execution: _execution, ...metadata } = cell.metadata as Record<string, unknown>;
      if (cell.cell_type !== "code") return { ...cell, metadata };
      return { ...cell, metadata, source: stripSolution(cellSource(cell), `cell ${i + 1}`), outputs: [], execution_count: null };
    }),
  };
}
