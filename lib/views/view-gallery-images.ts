import { resolve } from "node:path";
import { projectRoot } from "../data/project-root";
import { labelColor, type GalleryBox, type GalleryImage } from "../display/render-gallery";
import type { DatasetView } from "./dataset-view";
import type { ObjectLabel, RelBox, SampleRow } from "./view-types";

export interface ViewGalleryOptions {
  /** Label fields to draw; ground-truth-like fields (no scores) are dashed (default ["predictions", "groundTruth"]). */
  fields?: string[];
  /** Caption of each tile (default: id, plus the credit of CC BY photos). */
  caption?: (row: SampleRow) => string;
  /** Boxes scoring below this are not drawn (default 0). */
  minScore?: number;
  /** Context around a patch, as a share of the box size on each side (default 0.15). */
  pad?: number;
}

const EVAL_COLORS: Record<string, string> = { tp: "#1a9850", fp: "#d73027", fn: "#f46d43", ignored: "#999999" };

function boxesOf(row: SampleRow, fields: string[], minScore: number): GalleryBox[] {
  return fields.flatMap((f) => ((row[f] as ObjectLabel[] | undefined) ?? [])
    .filter((l) => l.score === undefined || l.score >= minScore)
    .map((l): GalleryBox => ({
      box: l.box, label: l.iscrowd ? `${l.label} (crowd)` : l.label, score: l.score,
      dashed: l.score === undefined, color: typeof l.eval === "string" && EVAL_COLORS[l.eval] ? EVAL_COLORS[l.eval] : l.score === undefined ? "#ffd700" : labelColor(l.label),
    })));
}

/**
 * Turns a view into gallery tiles with its boxes drawn: for a sample view the whole image
 * with every label of `fields` (predictions solid with scores, ground truth dashed gold); for a
 * patches view a crop around each object (tp green, fp red, fn orange after an evaluation).
 *
 * @example
 * await gallery(viewGalleryImages(view.limit(8)), { size: 160 });
 */
export function viewGalleryImages(view: DatasetView, options: ViewGalleryOptions = {}): GalleryImage[] {
  const { fields = ["predictions", "groundTruth"], minScore = 0, pad = 0.15 } = options;
  const defaultCaption = (r: SampleRow) => [r.id, r.credit ? `(${r.credit})` : ""].filter(Boolean).join(" ");
  const caption = options.caption ?? defaultCaption;
  return view.rows().map((r) => {
    const image = resolve(projectRoot(), r.filepath);
    if (view.kind !== "patches") return { image, caption: caption(r), boxes: boxesOf(r, fields, minScore) };
    const b = r.box as RelBox;
    const x = Math.max(0, b[0] - b[2] * pad), y = Math.max(0, b[1] - b[3] * pad);
    const crop: RelBox = [x, y, Math.min(1, b[0] + b[2] * (1 + pad)) - x, Math.min(1, b[1] + b[3] * (1 + pad)) - y];
    const objects = (r.objects as ObjectLabel[] | undefined) ?? (r.object ? [r.object as ObjectLabel] : []);
    const boxes = boxesOf({ ...r, objects } as SampleRow, ["objects"], 0).map((g) => (r.type ? { ...g, color: EVAL_COLORS[r.type as string] ?? g.color } : g));
    return { image, caption: caption(r), crop, boxes };
  });
}
