import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../errors/workshop-error";
import { projectRoot } from "../data/project-root";

export interface FindLabsOptions {
  /** Pick the reference solutions in labs/solutions instead of the learner copies (default false). */
  solutions?: boolean;
}

/**
 * Turns what a person typed into notebook paths (root-relative), in lab order:
 * nothing = every lab; "0", "00", "00-welcome" or a path = that lab.
 *
 * @example
 * findLabs(["0"]) // ["labs/00-welcome.ipynb"]
 */
export function findLabs(wanted: string[] = [], options: FindLabsOptions = {}): string[] {
  const { solutions = false } = options;
  const root = projectRoot();
  const dir = join(root, "labs", ...(solutions ? ["solutions"] : []));
  const all = existsSync(dir) ? readdirSync(dir).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort() : [];
  const rel = (f: string) => relative(root, join(dir, f));
  if (wanted.length === 0) return all.map(rel);
  return wanted.map((w) => {
    if (w.endsWith(".ipynb")) {
      if (!existsSync(w) && !existsSync(join(root, w))) throw new InputError(`No notebook at '${w}'.`, "Give a path to an .ipynb file, or a lab number like 00.");
      return w;
    }
    const num = /^\d+$/.test(w) ? w.padStart(2, "0") : undefined;
    const match = all.find((f) => (num ? f.startsWith(num + "-") : f === w || f === `${w}.ipynb`));
    if (!match) throw new InputError(`There is no lab '${w}' in ${relative(root, dir) || "."}.`, `Labs here: ${all.join(", ") || "none"}.`);
    return rel(match);
  });
}
