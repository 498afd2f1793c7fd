import type { ObjectLabel, SampleRow } from "./view-types";

/** One row per object of `field` (see DatasetView.toPatches). */
export function toPatches(rows: SampleRow[], field: string): SampleRow[] {
  return rows.flatMap((r) => ((r[field] as ObjectLabel[] | undefined) ?? []).map((l) => ({
    id: `${r.id}#${l.id}`, sampleId: r.id, filepath: r.filepath, width: r.width, height: r.height, bytes: r.bytes, mime: r.mime,
    channels: r.channels, tags: r.tags, field, label: l.label, box: l.box, score: l.score ?? null, object: l,
  })));
}

/**
 * FiftyOne's `to_evaluation_patches`: one row per matched pair ("tp", the union of both
 * boxes' area shown, both objects kept), unmatched prediction ("fp") and unmatched ground
 * truth ("fn"). Ignored (crowd) predictions are left out.
 */
export function toEvaluationPatches(rows: SampleRow[], evalKey = "eval", predField = "predictions", gtField = "groundTruth"): SampleRow[] {
  return rows.flatMap((r) => {
    const preds = (r[predField] as ObjectLabel[] | undefined) ?? [];
    const gts = (r[gtField] as ObjectLabel[] | undefined) ?? [];
    const base = { sampleId: r.id, filepath: r.filepath, width: r.width, height: r.height, bytes: r.bytes, mime: r.mime, channels: r.channels, tags: r.tags };
    const out: SampleRow[] = [];
    for (const p of preds) {
      if (p[evalKey] === "tp") {
        const g = gts.find((x) => x.id === p[`${evalKey}_id`])!;
        const x = Math.min(p.box[0], g.box[0]), y = Math.min(p.box[1], g.box[1]);
        const box = [x, y, Math.max(p.box[0] + p.box[2], g.box[0] + g.box[2]) - x, Math.max(p.box[1] + p.box[3], g.box[1] + g.box[3]) - y];
        out.push({ ...base, id: `${r.id}#${p.id}`, type: "tp", iou: p[`${evalKey}_iou`], label: p.label, score: p.score ?? null, box, objects: [g, p] });
      } else if (p[evalKey] === "fp") {
        out.push({ ...base, id: `${r.id}#${p.id}`, type: "fp", iou: null, label: p.label, score: p.score ?? null, box: p.box, objects: [p] });
      }
    }
    for (const g of gts) {
      if (g[evalKey] === "fn") out.push({ ...base, id: `${r.id}#${g.id}`, type: "fn", iou: null, label: g.label, score: null, box: g.box, objects: [g] });
    }
    return out;
  });
}
