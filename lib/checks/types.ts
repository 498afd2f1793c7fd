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
  /**
   * Reads and computes everything the judges need (manifests, truth files, expected
   * values) and keeps it in memory. The grader calls it once, from the pristine
   * workshop, before the first submission runs; after it, judges read no files.
   */
  prepare?: () => void;
}

/** One answer in a check's test table (lib/checks/labNN.cases.ts). */
export interface CheckCase {
  /** The answer as a learner would pass it to check(), or a function computing it from the data. */
  answer: unknown | (() => unknown);
  /** Why it is right, or which mistake it stands for ("off by one", "sorted descending", ...). */
  why: string;
}

/** The right answers and the plausible wrong ones of one check: every right one passes, every wrong one fails. */
export interface CheckCaseTable {
  right: CheckCase[];
  wrong: CheckCase[];
}

/** A lab's case tables, keyed by check id: what test/checks/check-cases.test.ts runs. */
export type LabCheckCases = Record<string, CheckCaseTable>;
