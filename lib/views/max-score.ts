import type { ObjectLabel } from "./view-types";

/**
 * The highest score among labels (of one class, if given): the sort key FiftyOne users
 * write as `F("predictions.detections").filter(F("label") == "person").map(F("confidence")).max()`.
 * No matching label gives 0.
 *
 * @example
 * view.sortBy((r) => maxScore(r.predictions, "person")); // weakest person detection first
 */
export function maxScore(labels: unknown, label?: string): number {
  let best = 0;
  for (const l of (Array.isArray(labels) ? labels : []) as ObjectLabel[]) {
    if ((label === undefined || l.label === label) && typeof l.score === "number" && l.score > best) best = l.score;
  }
  return best;
}
