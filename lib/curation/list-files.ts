import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { MissingDataError } from "../errors/workshop-error";

/**
 * The regular files directly inside `folder`, as paths, sorted by name. Every file is
 * listed, images or not: an issue scan should see the broken ones too.
 *
 * @example
 * listFiles("data/curation/images").length; // 289
 */
export function listFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new MissingDataError(`Expected a folder, but '${folder}' cannot be read.`, "Check the path; notebooks run from the project root, so use e.g. 'data/curation/images'.");
  }
  return names.sort().map((n) => join(folder, n)).filter((p) => statSync(p).isFile());
}
