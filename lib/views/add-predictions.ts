import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { projectRoot } from "../data/project-root";
import { writeFileAtomic } from "../data/write-file-atomic";
import { detectObjects } from "../models/detect-objects";
import type { DatasetView } from "./dataset-view";
import type { ObjectLabel, SampleRow } from "./view-types";

export interface AddPredictionsOptions {
  /** Field to write (default "predictions"). */
  field?: string;
  /** Detections below this score are not kept (default 0.05: low enough to sort and filter by score later). */
  minScore?: number;
  /** COCO labels to keep (default ["person"]). */
  labels?: string[];
  /** Where detector outputs are cached, keyed by the image bytes and the options (default `.cache/predictions`). */
  cacheDir?: string;
  /** Called after each image with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

const DETECTOR_CACHE_VERSION = 1;

/**
 * Runs the bundled detector (`detectObjects`, CenterNet on COCO-80) on every image of the
 * view and writes its boxes, relative [x, y, w, h] with `score`, into a field, plus
 * `<field>Error` for an image that failed. Outputs are cached per image under
 * `.cache/predictions` (a model output, never ground truth), so a re-run is instant.
 *
 * @example
 * const withPreds = await addPredictions(dataset, { onProgress: (d, n) => bar.update(d, n) });
 */
export async function addPredictions(view: DatasetView, options: AddPredictionsOptions = {}): Promise<DatasetView> {
  const { field = "predictions", minScore = 0.05, labels = ["person"], cacheDir = join(projectRoot(), ".cache", "predictions"), onProgress } = options;
  const rows = view.rows();
  const out: SampleRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const path = resolve(projectRoot(), r.filepath);
    let preds: ObjectLabel[] | undefined, error: string | undefined;
    try {
      const bytes = readFileSync(path);
      const key = createHash("sha256").update(bytes).update(JSON.stringify([DETECTOR_CACHE_VERSION, minScore, labels])).digest("hex").slice(0, 24);
      const cached = join(cacheDir, `${key}.json`);
      if (existsSync(cached)) preds = JSON.parse(readFileSync(cached, "utf8"));
      else {
        const [res] = await detectObjects([bytes], { minScore, labels });
        if (!res.ok) throw new Error(res.error);
        preds = res.detections.map((d, k) => ({
          id: `pred${k}`, label: d.label, score: d.score,
          box: [d.x / r.width, d.y / r.height, d.width / r.width, d.height / r.height] as [number, number, number, number],
        }));
        writeFileAtomic(cached, JSON.stringify(preds));
      }
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    out.push({ ...r, [field]: preds ?? [], ...(error ? { [`${field}Error`]: error } : {}) });
    onProgress?.(i + 1, rows.length);
  }
  return view.setField(field, (_, i) => out[i][field]);
}
