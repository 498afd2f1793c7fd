import { serializeAnswer } from "./serialize-answer";

/** The environment variable the grader sets (to "ipc") to collect answers from a submission. */
export const ANSWERS_CHANNEL_ENV = "UYD_ANSWERS";

/** One answer as it travels from a graded notebook's process to the grader. */
export type AnswerMessage = { type: "answer"; id: string; answer?: unknown; unserializable?: string };

/**
 * When grading (UYD_ANSWERS=ipc and the process has the grader's IPC channel), sends
 * `{id, answer}` to the grader; otherwise does nothing. The channel is the worker's own
 * IPC pipe: no file another submission could read or append to. The grader judges the
 * answers outside the learner's process, so a redefined `check` earns nothing.
 *
 * @example
 * recordAnswer("0.2", 2);
 */
export function recordAnswer(id: string, answer: unknown): void {
  if (process.env[ANSWERS_CHANNEL_ENV] !== "ipc" || typeof process.send !== "function") return;
  let msg: AnswerMessage;
  try {
    msg = { type: "answer", id, answer: JSON.parse(serializeAnswer(answer)) };
  } catch (err) {
    msg = { type: "answer", id, unserializable: (err as Error).message };
  }
  process.send(msg);
}
