/** An axis-aligned box in pixels with a score. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

/** Intersection over union of two boxes, in [0, 1]. */
export function iou(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const inter = Math.max(0, w) * Math.max(0, h);
  const union = a.width * a.height + b.width * b.height - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Greedy non-maximum suppression: keeps boxes best first, dropping any that overlaps a
 * kept one by more than `maxOverlap` IoU.
 *
 * @example
 * suppressOverlaps([{ x: 0, y: 0, width: 10, height: 10, score: 0.9 }, { x: 1, y: 1, width: 10, height: 10, score: 0.5 }], 0.4).length; // 1
 */
export function suppressOverlaps(boxes: Box[], maxOverlap: number): Box[] {
  const kept: Box[] = [];
  for (const b of [...boxes].sort((p, q) => q.score - p.score)) {
    if (kept.every((k) => iou(k, b) <= maxOverlap)) kept.push(b);
  }
  return kept;
}
