import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../errors/workshop-error";

/** One submitted notebook; `problem` says why it cannot be read as a file (a broken link, a loop). */
export interface Submission { learner: string; path: string; problem?: string }

/**
 * Every .ipynb under `folder` (recursively, skipping .ipynb_checkpoints), with a learner
 * id from its path: "ada.ipynb" -> "ada", "ada/00-welcome.ipynb" -> "ada/00-welcome".
 * Symbolic links are followed (a folder reached twice is read once); a link to nothing
 * is still listed, with its problem, so it gets a row on the grade sheet.
 *
 * @example
 * findSubmissions("submissions") // [{ learner: "ada", path: "submissions/ada.ipynb" }, ...]
 */
export function findSubmissions(folder: string): Submission[] {
  let isDir = false;
  try { isDir = statSync(folder).isDirectory(); } catch { /* reported below */ }
  if (!isDir) throw new InputError(`'${folder}' is not a folder.`, "Pass the folder that holds the submitted .ipynb files.");
  const found: Submission[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      const learner = relative(folder, path).replace(/\.ipynb$/, "");
      let kind: "dir" | "file" | "broken" | "other" = entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "other";
      if (entry.isSymbolicLink()) {
        try { const st = statSync(path); kind = st.isDirectory() ? "dir" : st.isFile() ? "file" : "other"; } catch { kind = "broken"; }
      }
      if (kind === "dir" && entry.name !== ".ipynb_checkpoints") walk(path);
      else if (entry.name.endsWith(".ipynb") && kind === "file") found.push({ learner, path });
      else if (entry.name.endsWith(".ipynb") && kind === "broken") found.push({ learner, path, problem: `${path} is a symbolic link to a file that does not exist.` });
    }
  };
  walk(folder);
  return found;
}
