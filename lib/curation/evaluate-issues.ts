import { basename } from "node:path";

/** One planted sample: its file (or document id) and the defects put into it. */
export interface PlantedSample {
  file: string;
  defects: string[];
  split?: string;
  /** Issue types this sample is not judged on (a case its labeller found ambiguous); "*" = all. */
  leftOut?: string[];
}

/** Precision and recall of one issue type against the planted truth. */
export interface IssueScore {
  type: string;
  planted: number;
  flagged: number;
  truePositives: number;
  precision: number;
  recall: number;
}

export interface EvaluateIssuesOptions {
  /** Only samples of this split count, e.g. "test" (default: all). */
  split?: string;
  /** Issue types to report (default: every type planted in the counted samples). */
  types?: string[];
}

/**
 * Compares detector flags with planted defects, per type. Rows are matched to samples
 * by file name (`path` basename, or `id` for text rows); a sample is skipped for the
 * types in its `leftOut`. A type never flagged has
 * precision 1 (no false alarms); a type never planted has recall 1.
 *
 * @example
 * const truth = JSON.parse(readFileSync("data/curation/images-truth.json", "utf8")).samples;
 * evaluateIssues(rows, truth, { split: "test" }); // [{ type: "dark", precision: 1, recall: 1, ... }, ...]
 */
export function evaluateIssues(
  rows: { path?: string; id?: string; flags: string[] }[],
  truth: PlantedSample[],
  options: EvaluateIssuesOptions = {},
): IssueScore[] {
  const { split } = options;
  const byName = new Map(rows.map((r) => [r.id ?? basename(r.path ?? ""), r.flags]));
  const samples = truth.filter((s) => split === undefined || s.split === split);
  const types = options.types ?? [...new Set(samples.flatMap((s) => s.defects))];
  return types.map((type) => {
    let planted = 0, flagged = 0, truePositives = 0;
    for (const s of samples) {
      if (s.leftOut && (s.leftOut.includes(type) || s.leftOut.includes("*"))) continue;
      const isPlanted = s.defects.includes(type);
      const isFlagged = (byName.get(s.file) ?? []).includes(type);
      planted += isPlanted ? 1 : 0;
      flagged += isFlagged ? 1 : 0;
      truePositives += isPlanted && isFlagged ? 1 : 0;
    }
    return {
      type, planted, flagged, truePositives,
      precision: flagged ? truePositives / flagged : 1,
      recall: planted ? truePositives / planted : 1,
    };
  });
}
