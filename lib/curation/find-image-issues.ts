import { InputError } from "../errors/workshop-error";
import { mapLimit } from "./map-limit";
import { measureImageFile, type ImageMeasurement } from "./measure-image-file";
import type { PixelStats } from "./measure-pixels";
import { findNearDuplicates, type FindNearDuplicatesOptions } from "./find-near-duplicates";
import { flagImage, IMAGE_THRESHOLDS, scoreImage, type ImageScores } from "./score-image";

/** One row per scanned file. Unreadable files have `ok: false`, an `error` and NaN scores. */
export interface ImageIssueRow {
  path: string;
  ok: boolean;
  error?: string;
  width?: number;
  height?: number;
  format?: string;
  fileBytes?: number;
  /** JPEG bytes per pixel after a fixed-quality re-encode (see bytesPerPixel). */
  bytesPerPixel?: number;
  scores: ImageScores;
  /** Score names at or over their threshold, then exactDuplicate / nearDuplicate / unreadable. */
  flags: string[];
  warnings: string[];
  /** The first earlier file with identical bytes. */
  exactDuplicateOf?: string;
  /** Other files within `nearDuplicateDistance` bits of this one (exact copies excluded). */
  nearDuplicates?: string[];
  stats?: PixelStats;
  perceptualHash?: string;
  thumbnail?: Uint8Array;
}

export interface FindImageIssuesOptions {
  /** Per-issue flag thresholds on the 0-1 scores (default IMAGE_THRESHOLDS). */
  thresholds?: Partial<ImageScores>;
  /** Max pHash Hamming distance (of 64 bits) for a near-duplicate candidate (default 18). */
  nearDuplicateDistance?: number;
  /** Min thumbnail correlation that confirms a near-duplicate candidate (default 0.82). */
  nearDuplicateCorrelation?: number;
  /** Files read and measured at once (default 4). */
  concurrency?: number;
  /** Called after each file with (done, total), e.g. to tick a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Files larger than this are reported unreadable without decoding (default 50 MB). */
  maxFileBytes?: number;
  /** Decode damaged files anyway and say so in `warnings` (default false: they are unreadable; see measureImageFile). */
  lenient?: boolean;
}

const NAN_SCORES = Object.fromEntries(Object.keys(IMAGE_THRESHOLDS).map((k) => [k, NaN])) as unknown as ImageScores;

/**
 * Scans image files for the problems CleanVision looks for (dark, light, blurry, low
 * information, grayscale, odd aspect ratio, odd size, noise, exact and near duplicates,
 * unreadable files). One row per path, in order; a bad file gets a row with the reason
 * and the scan goes on. Of each duplicate group the first path is kept unflagged and
 * later ones are flagged, so dropping flagged rows keeps one copy.
 *
 * @example
 * const rows = await findImageIssues(listImages("data/curation/images"));
 * rows.filter((r) => r.flags.includes("blurry")).map((r) => r.path);
 */
export async function findImageIssues(paths: string[], options: FindImageIssuesOptions = {}): Promise<ImageIssueRow[]> {
  const { nearDuplicateDistance = 18, nearDuplicateCorrelation = 0.82, concurrency = 4, onProgress, maxFileBytes, lenient = false } = options;
  if (!Array.isArray(paths)) throw new InputError(`Expected an array of file paths, got ${typeof paths}.`, "Pass e.g. listImages(folder).");
  const thresholds = { ...IMAGE_THRESHOLDS, ...options.thresholds };
  let done = 0;
  const measured = await mapLimit(paths, concurrency, async (path) => {
    const m = await measureImageFile(path, { maxFileBytes, lenient });
    onProgress?.(++done, paths.length);
    return m;
  });
  const sides = measured.filter((m): m is ImageMeasurement => m.ok).map((m) => Math.sqrt(m.width * m.height)).sort((a, b) => a - b);
  const medianSide = sides.length ? sides[Math.floor(sides.length / 2)] : 0;
  const firstByHash = new Map<string, number>();
  const rows: ImageIssueRow[] = measured.map((result, i) => {
    const path = paths[i];
    // Explicit casts: tslab compiles lib without strict mode, where `ok` does not narrow the union.
    if (!result.ok) return { path, ok: false, error: (result as { error: string }).error, scores: { ...NAN_SCORES }, flags: ["unreadable"], warnings: [] };
    const m = result as ImageMeasurement;
    const scores = scoreImage(m.stats, { width: m.width, height: m.height, medianSide });
    const row: ImageIssueRow = {
      path, ok: true, width: m.width, height: m.height, format: m.format, fileBytes: m.fileBytes,
      bytesPerPixel: m.bytesPerPixel, scores, flags: flagImage(scores, thresholds), warnings: m.warnings,
      stats: m.stats, perceptualHash: m.perceptualHash, thumbnail: m.thumbnail,
    };
    const first = firstByHash.get(m.contentHash);
    if (first === undefined) firstByHash.set(m.contentHash, i);
    else {
      row.exactDuplicateOf = paths[first];
      row.flags.push("exactDuplicate");
    }
    return row;
  });
  markNearDuplicates(rows, { maxDistance: nearDuplicateDistance, minCorrelation: nearDuplicateCorrelation });
  return rows;
}

/**
 * Links rows that are near-duplicates; flags each one that has an earlier near-duplicate.
 * Exact copies are already flagged, and blank frames all look alike to a hash, so
 * neither takes part.
 */
function markNearDuplicates(rows: ImageIssueRow[], options: FindNearDuplicatesOptions): void {
  const candidates = rows.filter((r) => r.ok && !r.exactDuplicateOf && !r.flags.includes("lowInformation"));
  const keys = candidates.map((r) => ({ perceptualHash: r.perceptualHash ?? "", thumbnail: r.thumbnail ?? new Uint8Array(0) }));
  for (const [a, b] of findNearDuplicates(keys, options)) {
    const ra = candidates[a], rb = candidates[b];
    (ra.nearDuplicates ??= []).push(rb.path);
    (rb.nearDuplicates ??= []).push(ra.path);
    if (!rb.flags.includes("nearDuplicate")) rb.flags.push("nearDuplicate");
  }
}
