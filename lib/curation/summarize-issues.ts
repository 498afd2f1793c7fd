/** How many rows carry each flag, and how many carry none. */
export interface IssueSummary {
  total: number;
  clean: number;
  flagged: number;
  /** Count per flag, most common first. */
  byFlag: { flag: string; count: number; share: number }[];
}

/**
 * Per-data-set summary of issue rows (from findImageIssues or findTextIssues).
 *
 * @example
 * summarizeIssues(rows).byFlag[0]; // { flag: "unreadable", count: 20, share: 0.069 }
 */
export function summarizeIssues(rows: { flags: string[] }[]): IssueSummary {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.flags) counts.set(f, (counts.get(f) ?? 0) + 1);
  const flagged = rows.filter((r) => r.flags.length > 0).length;
  const byFlag = [...counts.entries()]
    .map(([flag, count]) => ({ flag, count, share: rows.length ? count / rows.length : 0 }))
    .sort((a, b) => b.count - a.count || a.flag.localeCompare(b.flag));
  return { total: rows.length, clean: rows.length - flagged, flagged, byFlag };
}
