import { mkdirSync } from "node:fs";
import { writeFileAtomic } from "../data/write-file-atomic";
import { basename, join, resolve } from "node:path";
import { formatNotebook } from "./notebook";
import { notebookToHtml } from "./notebook-to-html";
import type { NotebookRun } from "./run-notebook";

/**
 * Saves an executed notebook and its HTML copy into `outDir` (created if needed),
 * never next to the source notebook. Returns both paths.
 *
 * @example
 * writeExecuted(await runNotebook("labs/00-welcome.ipynb"), "out")
 * // { notebookPath: "out/00-welcome.ipynb", htmlPath: "out/00-welcome.html" }
 */
export function writeExecuted(run: NotebookRun, outDir: string): { notebookPath: string; htmlPath: string } {
  mkdirSync(outDir, { recursive: true });
  const stem = basename(run.path, ".ipynb");
  const notebookPath = join(outDir, `${stem}.ipynb`);
  const htmlPath = join(outDir, `${stem}.html`);
  if (resolve(notebookPath) === resolve(run.path)) throw new Error(`Refusing to overwrite the source notebook ${run.path}; choose another --out.`);
  writeFileAtomic(notebookPath, formatNotebook(run.executed));
  writeFileAtomic(htmlPath, notebookToHtml(run.executed, stem));
  return { notebookPath, htmlPath };
}
