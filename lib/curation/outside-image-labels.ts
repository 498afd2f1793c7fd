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
 * the labeller saw, `leftOut` the types where the case is ambiguous, with `reasons`;
 * `split` is "tune" or "test" (see OUTSIDE_TUNED_TYPES).
 *
 * @example
 * const truth = outsideImageLabels();
 * evaluateIssues(await findImageIssues(listFiles("data/curation-outside/images")), truth, { types: ["light"] });
 */
export function outsideImageLabels(): (PlantedSample & { reasons: Record<string, string> })[] {
  const dir = join(projectRoot(), "data", "curation-outside");
  const doc: { files: LabelledFile[] } = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
  const manifest: { files: { file: string; from: string }[] } = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const from = new Map(manifest.files.map((f) => [f.file, f.from]));
  const sources = [...new Set(manifest.files.map((f) => f.from))].sort();
  const split = new Map(sources.map((s, i) => [s, i % 2 === 0 ? "tune" : "test"]));
  return doc.files.map((f) => ({
    file: f.file, defects: f.issues, split: split.get(from.get(f.file) ?? "") ?? "test",
    leftOut: Object.keys(f.leftOut ?? {}), reasons: f.leftOut ?? {},
  }));
}

/**
 * Issue types whose default threshold was chosen on the planted tune half AND the
 * outside "tune" half (the scores were redesigned after the outside set was seen; see
 * score-image.ts). For these only the outside "test" half is unseen. The halves are by
 * source photo (every variant of a photo sits with its original), alternating over the
 * sorted source names, a rule fixed before any score was computed on them.
 */
export const OUTSIDE_TUNED_TYPES = ["light"];

/** The issue types the outside set is labelled for (duplicates are not: its variants share their originals on purpose). */
export const OUTSIDE_IMAGE_TYPES = ["dark", "light", "blurry", "lowInformation", "grayscale", "oddAspectRatio", "oddSize", "noisy", "unreadable"];
