import * as ort from "onnxruntime-node";
import { COCO_LABELS } from "./coco-labels";
import { imageToTensor } from "./image-to-tensor";
import { loadModel, type LoadModelOptions } from "./load-model";
import { mapImages, type ImageResult, type MapImagesOptions } from "./map-images";
import { suppressOverlaps, type Box } from "./suppress-overlaps";

export interface DetectObjectsOptions extends MapImagesOptions, LoadModelOptions {
  /** Detections scoring below this are dropped (default 0.2, as @vladmandic/human does). */
  minScore?: number;
  /** Within one class, a box overlapping a better one by more than this IoU is dropped (default 0.4). */
  maxOverlap?: number;
  /** Keep only these COCO labels, e.g. ["person", "dog"] (default all 80). */
  labels?: string[];
}

/** One detected object, in original image pixels. */
export interface Detection extends Box {
  label: string;
  classId: number;
}

/**
 * Detects COCO-80 objects with the bundled CenterNet detector ("person-detector":
 * @vladmandic/human's model converted to ONNX). Preprocessing follows human: stretch to
 * 512x512, RGB, values 0-255. Each image gives its detections, best first, plus the best
 * raw score per label (also for labels below `minScore`). Bad images get `{ok: false, error}`.
 *
 * @example
 * const rows = await detectObjects(["data/street.jpg"], { labels: ["person", "car"] });
 * rows[0].ok && rows[0].detections.map((d) => d.label); // ["person", "car", "car"]
 */
export async function detectObjects(images: ReadonlyArray<string | Uint8Array>, options: DetectObjectsOptions = {}): Promise<Array<ImageResult<{ detections: Detection[]; best: Record<string, number> }>>> {
  const { minScore = 0.2, maxOverlap = 0.4, labels } = options;
  const model = await loadModel("person-detector", options);
  const keep = new Set<string>(labels ?? COCO_LABELS);
  return mapImages(images, async (image) => {
    const t = await imageToTensor(image, { size: 512, fit: "fill", layout: "nhwc", scale: 1 });
    const out = await model.session.run({ [model.inputNames[0]]: new ort.Tensor("float32", t.data, t.dims) }, ["tower_0/detections"]);
    const d = out["tower_0/detections"].data as Float32Array;
    const { scaleX, scaleY } = t.transform;
    const best: Record<string, number> = {};
    const byClass = new Map<number, Detection[]>();
    for (let i = 0; i + 5 < d.length; i += 6) {
      const classId = Math.round(d[i + 5]);
      const label = COCO_LABELS[classId] as string | undefined;
      if (!label || !keep.has(label)) continue;
      const score = d[i + 4];
      best[label] = Math.max(best[label] ?? 0, score);
      if (score < minScore) continue;
      const x = Math.max(0, d[i] / scaleX), y = Math.max(0, d[i + 1] / scaleY);
      const x2 = Math.min(t.width, d[i + 2] / scaleX), y2 = Math.min(t.height, d[i + 3] / scaleY);
      const list = byClass.get(classId) ?? [];
      list.push({ x, y, width: Math.max(0, x2 - x), height: Math.max(0, y2 - y), score, label, classId });
      byClass.set(classId, list);
    }
    const detections = [...byClass.values()].flatMap((list) => suppressOverlaps(list, maxOverlap) as Detection[]);
    return { detections: detections.sort((a, b) => b.score - a.score), best };
  }, options);
}
