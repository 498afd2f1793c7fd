import { existsSync, readFileSync } from "node:fs";

/** The answers a graded run recorded: the last one per check id, and lines that were not valid. */
export interface RecordedAnswers { answers: Map<string, unknown>; unserializable: Map<string, string>; badLines: number }

/**
 * Reads the JSON-lines answers file a submission's `check()` calls wrote. Later lines
 * win (a learner's final answer counts); lines that are not valid records are counted,
 * not trusted.
 *
 * @example
 * readAnswers("/tmp/answers.jsonl").answers.get("0.1")
 */
export function readAnswers(path: string): RecordedAnswers {
  const answers = new Map<string, unknown>();
  const unserializable = new Map<string, string>();
  let badLines = 0;
  const text = existsSync(path) ? readFileSync(path, "utf8") : "";
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const rec = JSON.parse(line) as { id?: unknown; answer?: unknown; unserializable?: unknown };
      if (typeof rec.id !== "string") throw new Error("no id");
      if ("answer" in rec) { answers.set(rec.id, rec.answer); unserializable.delete(rec.id); }
      else { unserializable.set(rec.id, String(rec.unserializable)); answers.delete(rec.id); }
    } catch {
      badLines++;
    }
  }
  return { answers, unserializable, badLines };
}
