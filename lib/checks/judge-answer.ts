import { findCheck } from "./registry";
import { serializeAnswer } from "./serialize-answer";
import type { CheckResult } from "./types";

/**
 * Judges an answer to check `id` as the grader does: on its JSON round trip, and
 * never throwing (a judge that throws fails the answer with the reason).
 *
 * @example
 * judgeAnswer("0.2", 2) // { id: "0.2", passed: true, points: 1, maxPoints: 1, message: "Correct: ..." }
 */
export function judgeAnswer(id: string, answer: unknown): CheckResult {
  const found = findCheck(id);
  if (!found) {
    return { id, passed: false, points: 0, maxPoints: 0, message: `There is no check '${id}'. Check ids look like "0.1" (lab 0, check 1).` };
  }
  const maxPoints = found.spec.points ?? 1;
  let value: unknown;
  try {
    value = JSON.parse(serializeAnswer(answer));
  } catch (err) {
    return { id, passed: false, points: 0, maxPoints, message: `This answer cannot be saved for grading: ${(err as Error).message}. Answer with plain values (numbers, strings, arrays, objects).` };
  }
  try {
    const { passed, message } = found.spec.judge(value);
    return { id, passed, points: passed ? maxPoints : 0, maxPoints, message };
  } catch (err) {
    return { id, passed: false, points: 0, maxPoints, message: `The check could not judge this answer: ${(err as Error).message}` };
  }
}
