import * as ort from "onnxruntime-node";
import { imageToTensor } from "./image-to-tensor";
import { loadModel, type LoadModelOptions } from "./load-model";
import { mapImages, type ImageResult, type MapImagesOptions } from "./map-images";
import { suppressOverlaps, type Box } from "./suppress-overlaps";

export interface PersonScoresOptions extends MapImagesOptions, LoadModelOptions {
  /** Boxes scoring below this are dropped (default 0.2, as @vladmandic/human does). */
  minScore?: number;
  /** A box overlapping a better one by more than this IoU is dropped (default 0.4). */
  maxOverlap?: number;
}

/** One image's best person score (0 when the detector sees nobody) and its person boxes. */
export interface PersonScores {
  score: number;
  /** Boxes in original image pixels, best first. */
  boxes: Box[];
}

/**
 * Finds people with the bundled CenterNet detector ("person-detector": @vladmandic/human's
 * COCO-80 model converted to ONNX; class 0 = person). Preprocessing follows human:
 * stretch to 512x512, RGB, values 0-255. Bad images get `{ok: false, error}`.
 *
 * @example
 * const rows = await personScores(paths, { minScore: 0.3 });
 * rows.filter((r) => r.ok && r.score > 0.5).length; // images with a confident person
 */
export async function personScores(images: ReadonlyArray<string | Uint8Array>, options: PersonScoresOptions = {}): Promise<Array<ImageResult<PersonScores>>> {
  const { minScore = 0.2, maxOverlap = 0.4 } = options;
  const model = await loadModel("person-detector", options);
  return mapImages(images, async (image) => {
    const t = await imageToTensor(image, { size: 512, fit: "fill", layout: "nhwc", scale: 1 });
    const out = await model.session.run({ "tower_0/images": new ort.Tensor("float32", t.data, t.dims) }, ["tower_0/detections"]);
    const d = out["tower_0/detections"].data as Float32Array;
    const { scaleX, scaleY } = t.transform;
    let score = 0;
    const found: Box[] = [];
    for (let i = 0; i + 5 < d.length; i += 6) {
      if (d[i + 5] !== 0) continue;
      score = Math.max(score, d[i + 4]);
      if (d[i + 4] < minScore) continue;
      const x = Math.max(0, d[i] / scaleX), y = Math.max(0, d[i + 1] / scaleY);
      const x2 = Math.min(t.width, d[i + 2] / scaleX), y2 = Math.min(t.height, d[i + 3] / scaleY);
      found.push({ x, y, width: Math.max(0, x2 - x), height: Math.max(0, y2 - y), score: d[i + 4] });
    }
    return { score, boxes: suppressOverlaps(found, maxOverlap) };
  }, options);
}
