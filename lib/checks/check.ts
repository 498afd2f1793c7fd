import { escapeHtml } from "../display/escape-html";
import { show } from "../display/show";
import { judgeAnswer } from "./judge-answer";
import { recordAnswer } from "./record-answer";
import type { CheckResult } from "./types";

/** The HTML a check shows: green with the confirmation, or amber with the hint. */
export function renderCheckResult(result: CheckResult): string {
  const [mark, colour, background] = result.passed ? ["✔ Passed", "#155724", "#d4edda"] : ["✘ Not yet", "#7a4b00", "#fff3cd"];
  return `<div style="padding:6px 10px;border-radius:4px;background:${background};color:${colour};font:13px sans-serif">` +
    `<b>${mark}</b> · check ${escapeHtml(result.id)} · ${escapeHtml(result.message)}</div>`;
}

/**
 * Self-check for a lab exercise: judges `answer` at once and shows a pass or a
 * specific hint below the cell. During grading the answer is also recorded, and the
 * grader judges it again in its own process.
 *
 * @example
 * check("0.2", portraitCount);
 */
export function check(id: string, answer: unknown): void {
  recordAnswer(id, answer);
  show("text/html", renderCheckResult(judgeAnswer(id, answer)));
}
