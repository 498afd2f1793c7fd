import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { MissingDataError } from "../errors/workshop-error";
import type { DatasetView } from "./dataset-view";
import type { ObjectLabel } from "./view-types";

/**
 * The committed detector outputs for lab 04's set (data/predictions/detector-predictions.json,
 * made by data/predictions/make-predictions.ts and checked against a fresh run by a test):
 * model outputs, never ground truth. Lab 04's checks use them, because judges cannot run
 * the detector. With a view, returns the view with a `predictions` field added from the file.
 *
 * @example
 * const preds = loadDetectorPredictions(); // Map id -> ObjectLabel[]
 */
export function loadDetectorPredictions(options: { root?: string } = {}): Map<string, ObjectLabel[]> {
  const { root = projectRoot() } = options;
  const path = join(root, "data", "predictions", "detector-predictions.json");
  try {
    const file = JSON.parse(readFileSync(path, "utf8")) as { rows: Array<{ id: string; predictions: ObjectLabel[] }> };
    return new Map(file.rows.map((r) => [r.id, r.predictions]));
  } catch (err) {
    throw new MissingDataError(`Cannot read the committed detector outputs '${path}': ${(err as Error).message}`, "Restore data/predictions/ from git, or re-make it with `npx tsx data/predictions/make-predictions.ts`.");
  }
}

/** The view with `predictions` taken from the committed detector outputs. */
export function withDetectorPredictions(view: DatasetView, options: { root?: string } = {}): DatasetView {
  const preds = loadDetectorPredictions(options);
  return view.setField("predictions", (r) => preds.get(r.id) ?? []);
}
