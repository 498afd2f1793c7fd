/** The answers a graded run recorded: the last one per check id, and records that were not valid. */
export interface RecordedAnswers { answers: Map<string, unknown>; unserializable: Map<string, string>; badLines: number }

/**
 * Collects the answer records a submission's `check()` calls sent over the worker's IPC
 * channel. Later records win (a learner's final answer counts); records that are not
 * valid are counted, not trusted.
 *
 * @example
 * readAnswers([{ type: "answer", id: "0.1", answer: "photos/x" }]).answers.get("0.1") // "photos/x"
 */
export function readAnswers(records: unknown[]): RecordedAnswers {
  const answers = new Map<string, unknown>();
  const unserializable = new Map<string, string>();
  let badLines = 0;
  for (const rec of records) {
    const r = (typeof rec === "object" && rec !== null ? rec : {}) as { id?: unknown; answer?: unknown; unserializable?: unknown };
    if (typeof r.id !== "string" || r.id.length > 20) { badLines++; continue; }
    if ("answer" in r) { answers.set(r.id, r.answer); unserializable.delete(r.id); }
    else if ("unserializable" in r) { unserializable.set(r.id, String(r.unserializable).slice(0, 300)); answers.delete(r.id); }
    else badLines++;
  }
  return { answers, unserializable, badLines };
}
