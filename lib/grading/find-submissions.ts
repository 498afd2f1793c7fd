import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../errors/workshop-error";

/**
 * Every .ipynb under `folder` (recursively, skipping .ipynb_checkpoints), with a learner
 * id from its path: "ada.ipynb" -> "ada", "ada/00-welcome.ipynb" -> "ada/00-welcome".
 *
 * @example
 * findSubmissions("submissions") // [{ learner: "ada", path: "submissions/ada.ipynb" }, ...]
 */
export function findSubmissions(folder: string): { learner: string; path: string }[] {
  let isDir = false;
  try { isDir = statSync(folder).isDirectory(); } catch { /* reported below */ }
  if (!isDir) throw new InputError(`'${folder}' is not a folder.`, "Pass the folder that holds the submitted .ipynb files.");
  const found: { learner: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== ".ipynb_checkpoints") walk(path);
      else if (entry.isFile() && entry.name.endsWith(".ipynb")) found.push({ learner: relative(folder, path).replace(/\.ipynb$/, ""), path });
    }
  };
  walk(folder);
  return found;
}
