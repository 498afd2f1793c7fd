/** What one graded check says about one answer. */
export interface CheckResult {
  /** The check's id, "N.M": lab N, check M. */
  id: string;
  passed: boolean;
  /** Points earned: `points` of the check when passed, else 0. */
  points: number;
  /** Points the check is worth. */
  maxPoints: number;
  /** "Correct: ..." when passed; otherwise a specific hint that does not give the answer away. */
  message: string;
}

/** What a check function returns; `check()` fills in id and points. */
export interface Verdict {
  passed: boolean;
  message: string;
}

/** One graded question of a lab. Pure: the same answer always gets the same verdict. */
export interface CheckSpec {
  /** What is asked, in one line (shown in feedback files). */
  question: string;
  /** Points when passed (default 1). */
  points?: number;
  /** Judges an answer. Synchronous; may read bundled data but never writes or prints. */
  judge: (answer: unknown) => Verdict;
}

/** All graded checks of one lab, keyed by id ("0.1", "0.2", ...). */
export interface LabChecks {
  /** The lab's file stem, e.g. "00-welcome". */
  lab: string;
  checks: Record<string, CheckSpec>;
}
