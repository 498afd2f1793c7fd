import { detectObjects, type DetectObjectsOptions } from "./detect-objects";
import type { ImageResult } from "./map-images";
import type { Box } from "./suppress-overlaps";

export type PersonScoresOptions = Omit<DetectObjectsOptions, "labels">;

/** One image's best person score (0 when the detector sees nobody) and its person boxes. */
export interface PersonScores {
  score: number;
  /** Boxes in original image pixels, best first. */
  boxes: Box[];
}

/**
 * Finds people with the bundled CenterNet detector ("person-detector", COCO class 0):
 * per image the best person score, even below `minScore`, and the person boxes at or
 * above it. Bad images get `{ok: false, error}`.
 *
 * @example
 * const rows = await personScores(paths, { minScore: 0.3 });
 * rows.filter((r) => r.ok && r.score > 0.5).length; // images with a confident person
 */
export async function personScores(images: ReadonlyArray<string | Uint8Array>, options: PersonScoresOptions = {}): Promise<Array<ImageResult<PersonScores>>> {
  const rows = await detectObjects(images, { ...options, labels: ["person"] });
  return rows.map((r): ImageResult<PersonScores> => {
    if (!r.ok) return { image: r.image, ok: false, error: (r as { error: string }).error };
    const { detections, best } = r as { detections: Box[]; best: Record<string, number> };
    const boxes = detections.map(({ x, y, width, height, score }) => ({ x, y, width, height, score }));
    return { image: r.image, ok: true, score: best.person ?? 0, boxes };
  });
}
