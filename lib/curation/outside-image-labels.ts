import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import type { PlantedSample } from "./evaluate-issues";

/** One hand-labelled outside photo, as data/curation-outside/labels.json stores it. */
interface LabelledFile {
  file: string;
  issues: string[];
  /** Issue type -> why the labeller left this file out of that type ("*" = every type). */
  leftOut?: Record<string, string>;
}

/**
 * The hand labels of the outside validation set (real photos from Debian packages,
 * data/curation-outside/), in the shape evaluateIssues takes: `defects` are the issues
 * the labeller saw, `leftOut` the types where the case is ambiguous, with `reasons`.
 *
 * @example
 * const truth = outsideImageLabels();
 * evaluateIssues(await findImageIssues(listFiles("data/curation-outside/images")), truth, { types: ["light"] });
 */
export function outsideImageLabels(): (PlantedSample & { reasons: Record<string, string> })[] {
  const doc: { files: LabelledFile[] } = JSON.parse(readFileSync(join(projectRoot(), "data", "curation-outside", "labels.json"), "utf8"));
  return doc.files.map((f) => ({ file: f.file, defects: f.issues, leftOut: Object.keys(f.leftOut ?? {}), reasons: f.leftOut ?? {} }));
}

/** The issue types the outside set is labelled for (duplicates are not: its variants share their originals on purpose). */
export const OUTSIDE_IMAGE_TYPES = ["dark", "light", "blurry", "lowInformation", "grayscale", "oddAspectRatio", "oddSize", "noisy", "unreadable"];
