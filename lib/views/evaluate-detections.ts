import { boxIou } from "./box-iou";
import type { ObjectLabel, SampleRow } from "./view-types";

export interface EvaluateDetectionsOptions {
  /** IoU a prediction needs with a ground-truth box of its class to count as found (default 0.5). */
  iou?: number;
  /** Prefix of the fields written (default "eval": `eval`, `eval_id`, `eval_iou` on objects; `eval_tp/fp/fn` on the sample). */
  evalKey?: string;
}

/**
 * COCO-style matching of one sample's predictions to its ground truth, as FiftyOne's
 * `evaluate_detections(method="coco")` does (fiftyone/utils/eval/coco.py): predictions in
 * descending score order each take the unmatched ground-truth box of the same label with
 * the highest IoU at or above `iou`. Matched pairs are "tp", unmatched predictions "fp",
 * unmatched ground truth "fn". A prediction that matches no regular box but lies inside a
 * crowd box (intersection over its own area >= `iou`) is "ignored", as in COCO; crowd boxes
 * are never fn. Returns a copy of the row; labels get `<key>`, `<key>_id`, `<key>_iou`.
 *
 * @example
 * const row2 = evaluateDetections(row, "predictions", "groundTruth", { iou: 0.5 });
 * [row2.eval_tp, row2.eval_fp, row2.eval_fn]; // [2, 1, 0]
 */
export function evaluateDetections(row: SampleRow, predField: string, gtField: string, options: EvaluateDetectionsOptions = {}): SampleRow {
  const { iou: threshold = 0.5, evalKey: k = "eval" } = options;
  const preds = ((row[predField] as ObjectLabel[] | undefined) ?? []).map((p) => ({ ...p, [k]: "fp", [`${k}_id`]: "", [`${k}_iou`]: null }));
  const gts = ((row[gtField] as ObjectLabel[] | undefined) ?? []).map((g) => ({ ...g, [k]: g.iscrowd ? "crowd" : "fn", [`${k}_id`]: "", [`${k}_iou`]: null }));
  const order = preds.map((_, i) => i).sort((a, b) => (preds[b].score ?? 0) - (preds[a].score ?? 0) || a - b);
  for (const pi of order) {
    const p = preds[pi];
    let best = -1, bestIou = threshold;
    gts.forEach((g, gi) => {
      if (g.iscrowd || g[`${k}_id`] !== "" || g.label !== p.label) return;
      const v = boxIou(p.box, g.box);
      if (v >= bestIou) { best = gi; bestIou = v; }
    });
    if (best >= 0) {
      Object.assign(p, { [k]: "tp", [`${k}_id`]: gts[best].id, [`${k}_iou`]: bestIou });
      Object.assign(gts[best], { [k]: "tp", [`${k}_id`]: p.id, [`${k}_iou`]: bestIou });
      continue;
    }
    const crowd = gts.find((g) => g.iscrowd && g.label === p.label && boxIou(p.box, g.box, true) >= threshold);
    if (crowd) Object.assign(p, { [k]: "ignored", [`${k}_id`]: crowd.id, [`${k}_iou`]: boxIou(p.box, crowd.box, true) });
  }
  const count = (list: ObjectLabel[], v: string) => list.filter((l) => l[k] === v).length;
  return { ...row, [predField]: preds, [gtField]: gts, [`${k}_tp`]: count(preds, "tp"), [`${k}_fp`]: count(preds, "fp"), [`${k}_fn`]: count(gts, "fn") };
}
