import type { RelBox } from "./view-types";

/**
 * Intersection over union of two [x, y, w, h] boxes. With `crowd`, the second box is a
 * crowd region and the overlap is divided by the first box's area only (COCO's rule for
 * iscrowd, pycocotools `maskUtils.iou`).
 *
 * @example
 * boxIou([0, 0, 0.5, 0.5], [0.25, 0, 0.5, 0.5]); // 1/3
 */
export function boxIou(a: RelBox, b: RelBox, crowd = false): number {
  const ix = Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]));
  const iy = Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
  const inter = ix * iy;
  const denom = crowd ? a[2] * a[3] : a[2] * a[3] + b[2] * b[3] - inter;
  return denom > 0 ? inter / denom : 0;
}
