/** A box as FiftyOne stores it: [x, y, width, height], each relative to the image (0-1). */
export type RelBox = [number, number, number, number];

/** One object label: a ground-truth box (no score) or a prediction (with score). */
export interface ObjectLabel {
  /** Stable within the sample, e.g. "gt0" or "pred3". */
  id: string;
  label: string;
  box: RelBox;
  score?: number;
  /** COCO's iscrowd: a box around a group; predictions inside it are neither right nor wrong. */
  iscrowd?: boolean;
  /** Written by evaluateDetections: "tp", "fp" or "fn" under the evaluation key. */
  [evalField: string]: unknown;
}

/** One row of a dataset: one image. */
export interface SampleRow {
  id: string;
  filepath: string;
  width: number;
  height: number;
  bytes: number;
  mime: string;
  channels: number;
  tags: string[];
  /** Any other field (labels, scores, Brain results). `any`, so notebook cells can read `r.predictions.length` without casts. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [field: string]: any;
}
