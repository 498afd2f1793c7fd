/**
 * The one base class for every error the workshop's helpers throw on purpose.
 *
 * A message states the rule, the value that broke it and what to do; `hint` repeats
 * the "what to do" part on its own so notebooks and the grader can show it apart.
 * Check errors by `name`, never with `instanceof`: a kernel may load lib twice.
 *
 * @example
 * throw new InputError("Expected a JPEG or PNG, got 'notes.txt' (text/plain).",
 *   "Pass the path of an image file.");
 */
export class WorkshopError extends Error {
  /** What the reader can do about it, in one sentence. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(hint ? `${message} Hint: ${hint}` : message);
    this.name = "WorkshopError";
    this.hint = hint;
  }
}

/** Bad input at a public boundary (wrong type, out of range, unreadable file). */
export class InputError extends WorkshopError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = "InputError";
  }
}

/** A named sample or data set is not on this machine. */
export class MissingDataError extends WorkshopError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = "MissingDataError";
  }
}

/** A notebook could not be run, or a submission could not be graded. */
export class NotebookError extends WorkshopError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = "NotebookError";
  }
}

/** True when `err` is a WorkshopError (or subclass) from any copy of lib. */
export function isWorkshopError(err: unknown): err is WorkshopError {
  return (
    typeof err === "object" && err !== null && typeof (err as WorkshopError).hint === "string" &&
    /Error$/.test(String((err as Error).name))
  );
}
