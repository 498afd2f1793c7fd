import { readFileSync } from "node:fs";
import { NotebookError } from "../errors/workshop-error";

/** One output of a code cell, as nbformat 4 stores it. */
export type CellOutput =
  | { output_type: "stream"; name: "stdout" | "stderr"; text: string }
  | { output_type: "display_data"; data: Record<string, string>; metadata: Record<string, unknown> }
  | { output_type: "execute_result"; data: Record<string, string>; metadata: Record<string, unknown>; execution_count: number | null }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };

export interface Cell {
  cell_type: "code" | "markdown" | "raw";
  source: string | string[];
  metadata: Record<string, unknown>;
  outputs?: CellOutput[];
  execution_count?: number | null;
  id?: string;
}

export interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown> & { uyd?: { lab?: string } };
  nbformat: number;
  nbformat_minor: number;
}

/** A cell's source as one string, whichever way the file stored it. */
export function cellSource(cell: Cell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * Parses notebook JSON and checks it is an nbformat 4 notebook, with errors that say
 * what is wrong with the file rather than a bare JSON parse failure.
 *
 * @example
 * const nb = parseNotebook(readFileSync("labs/00-welcome.ipynb", "utf8"), "00-welcome.ipynb");
 */
export function parseNotebook(text: string, label = "notebook"): Notebook {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new NotebookError(`${label} is not valid JSON (${(err as Error).message}).`,
      "The file was damaged or is not a notebook: open it in a text editor, or download it again from Jupyter (File > Download).");
  }
  const nb = data as Partial<Notebook>;
  if (typeof nb !== "object" || nb === null || Array.isArray(nb)) {
    throw new NotebookError(`${label} is JSON but not a Jupyter notebook (it is ${Array.isArray(nb) ? "a list" : typeof nb}).`, "Submit the .ipynb file saved by Jupyter.");
  }
  const version: unknown = nb.nbformat;
  if (version !== undefined && typeof version !== "number") {
    throw new NotebookError(`${label} gives its nbformat as ${JSON.stringify(version)} (a ${typeof version}), where Jupyter writes the number 4.`,
      "The file was edited by hand or by another tool: save it again from Jupyter.");
  }
  if (typeof version === "number" && version !== 4) {
    throw new NotebookError(`${label} is nbformat ${version}; the workshop reads nbformat 4.`,
      version < 4 ? "Open it in a current Jupyter and save it (Jupyter converts old notebooks to nbformat 4)." : "Save it with a Jupyter that writes nbformat 4.");
  }
  if (!Array.isArray(nb.cells)) {
    throw new NotebookError(`${label} is JSON but not a Jupyter notebook (it has no "cells" list).`, "Submit the .ipynb file saved by Jupyter.");
  }
  if (version === undefined) {
    throw new NotebookError(`${label} has a "cells" list but no nbformat version.`, "Save it again from Jupyter.");
  }
  nb.cells.forEach((cell, i) => {
    const ok = cell && ["code", "markdown", "raw"].includes(cell.cell_type) && (typeof cell.source === "string" || Array.isArray(cell.source));
    if (!ok) throw new NotebookError(`${label}: cell ${i + 1} has no valid cell_type/source.`, "Save the notebook again from Jupyter.");
  });
  return { metadata: {}, nbformat_minor: 5, ...nb } as Notebook;
}

/**
 * Reads and validates a notebook file.
 *
 * @example
 * readNotebook("labs/00-welcome.ipynb").cells.length
 */
export function readNotebook(path: string): Notebook {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new NotebookError(`Cannot read notebook ${path}: ${(err as Error).message}.`, "Check the path; notebooks live in labs/.");
  }
  return parseNotebook(text, path);
}

/** nbformat's on-disk style: one-space indent, sources as lists of lines, final newline. */
export function formatNotebook(nb: Notebook): string {
  const toLines = (s: string | string[]) => (Array.isArray(s) ? s : s.split(/(?<=\n)/));
  const cells = nb.cells.map((c) => ({
    ...c,
    source: toLines(c.source),
    ...(c.outputs ? { outputs: c.outputs.map((o) => ("text" in o ? { ...o, text: toLines(o.text) } : o)) } : {}),
  }));
  return JSON.stringify({ ...nb, cells }, null, 1) + "\n";
}
