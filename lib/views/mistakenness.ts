import { evaluateDetections } from "./evaluate-detections";
import type { ObjectLabel, SampleRow } from "./view-types";

/**
 * FiftyOne Brain's classification mistakenness from a confidence
 * (fiftyone-brain, fiftyone/brain/internal/core/mistakenness.py,
 * `_compute_mistakenness_class_conf`): (m * c + 1) / 2 with m = -1 when the predicted label
 * equals the ground truth and +1 when not, c the prediction's confidence. A confident wrong
 * prediction gives near 1 (the label is probably a mistake), a confident right one near 0.
 *
 * @example
 * classMistakenness(0.9, false); // 0.95
 */
export function classMistakenness(confidence: number, correct: boolean): number {
  const m = correct ? -1 : 1;
  return (m * confidence + 1) / 2;
}

/** The per-sample result of `detectionMistakenness`. */
export interface DetectionMistakenness {
  /** Max class mistakenness over matched ground truth, or -1 when nothing matched (as the Brain does). */
  mistakenness: number;
  /** Unmatched predictions scoring above 0.95: objects the labels probably miss. */
  possibleMissing: number;
  /** Unmatched ground-truth objects: labels that may be spurious. */
  possibleSpurious: number;
}

/**
 * FiftyOne Brain's detection mistakenness (same file, `DetectionMistakenness.process_image`):
 * predictions and labels are matched at IoU 0.5; each matched label gets
 * (m * score + 1) / 2 (m = -1 when the labels agree); unmatched predictions above 0.95 count
 * as possibly missing labels, unmatched labels as possibly spurious.
 *
 * @example
 * detectionMistakenness(row, "predictions", "groundTruth"); // {mistakenness: 0.2, possibleMissing: 0, possibleSpurious: 1}
 */
export function detectionMistakenness(row: SampleRow, predField: string, gtField: string): DetectionMistakenness {
  const ev = evaluateDetections(row, predField, gtField, { iou: 0.5, evalKey: "mk" });
  const preds = ev[predField] as ObjectLabel[];
  const gts = ev[gtField] as ObjectLabel[];
  const byId = new Map(preds.map((p) => [p.id, p]));
  const possibleMissing = preds.filter((p) => p.mk === "fp" && (p.score ?? 0) > 0.95).length;
  let possibleSpurious = 0;
  const values: number[] = [];
  for (const g of gts) {
    if (g.iscrowd) continue;
    if (g.mk === "fn") { possibleSpurious++; continue; }
    const p = byId.get(g.mk_id as string)!;
    values.push(classMistakenness(p.score ?? 0, p.label === g.label));
  }
  return { mistakenness: values.length ? Math.max(...values) : -1, possibleMissing, possibleSpurious };
}
