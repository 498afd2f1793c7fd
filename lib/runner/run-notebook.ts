import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { projectRoot } from "../data/project-root";
import { cellErrorText as errorText } from "./cell-error-text";
import { findProcesses, killProcesses, type ProcessMark } from "./find-processes";
import { cellSource, readNotebook, type CellOutput, type Notebook } from "./notebook";

export interface RunNotebookOptions {
  /** Time limit for the whole notebook in ms (default 300000). */
  timeoutMs?: number;
  /** Heap limit of the notebook's process in MB (default 2048). */
  memoryMb?: number;
  /** Keep running after a failed cell, as the grader does (default false). */
  continueOnError?: boolean;
  /** Count a cell that wrote to stderr as failed (default true). */
  stderrFails?: boolean;
  /** Extra environment for the notebook's process (default none). */
  env?: Record<string, string>;
  /** Called as each cell starts (for progress). */
  onCellStart?: (cellNumber: number) => void;
  /** The workshop folder the notebook runs in: its cwd and the lib it imports (default the project root). */
  root?: string;
  /** Run the notebook's process as this user and group (needs root; default: as the caller). */
  user?: { uid: number; gid: number };
  /** A command the worker runs under, e.g. a bubblewrap sandbox: ["bwrap", ...args, "--"] (default none). */
  wrap?: string[];
  /** Besides the process group, how to find what the notebook left running (default: the group only). */
  mark?: ProcessMark;
  /** Stop the notebook when its messages to the parent exceed this many bytes in total (default 64 MB). */
  maxMessageBytes?: number;
}

/** One executed code cell; `cell` is its 1-based position among all cells. */
export interface CellRun { cell: number; ok: boolean; outputs: CellOutput[]; ms: number }

export interface NotebookRun {
  path: string;
  /** ok: every cell ran; failed: a cell failed; timeout/crashed: the process was stopped or died. */
  status: "ok" | "failed" | "timeout" | "crashed";
  cells: CellRun[];
  /** The first problem: which cell (1-based) and what it printed or why it stopped. */
  failure?: { cell: number; firstLine: string; message: string };
  ms: number;
  /** The notebook with outputs and execution counts from this run. */
  executed: Notebook;
  /** The answer records its check() calls sent over IPC (see lib/checks/record-answer.ts). */
  answers: unknown[];
  /** Processes of the run still alive after the end (killed, then looked for again): should be empty. */
  leftover: number[];
  /** How many processes of the run were still running when the notebook ended, and were killed. */
  killed: number;
}

const active = new Set<() => void>();

/**
 * Kills the process groups of every notebook this process is running now (for a parent
 * that is being stopped: nothing it started may outlive it).
 *
 * @example
 * process.on("SIGTERM", () => { killActiveRuns(); process.exit(130); });
 */
export function killActiveRuns(): void {
  for (const kill of active) kill();
}

/**
 * Executes a notebook headless in a fresh Node process (tslab's own executor, cwd =
 * project root), in its own process group, with a time and memory limit. At the end,
 * and on timeout, the whole group (and whatever else carries `mark`) is killed and
 * looked for again. Never throws for what the notebook does: a failed cell, a timeout
 * or a crash is reported in the result.
 *
 * @example
 * const run = await runNotebook("labs/00-welcome.ipynb", { timeoutMs: 60_000 });
 * if (run.failure) console.log(`cell ${run.failure.cell}: ${run.failure.message}`);
 */
export async function runNotebook(path: string, options: RunNotebookOptions = {}): Promise<NotebookRun> {
  const { timeoutMs = 300_000, memoryMb = 2048, continueOnError = false, stderrFails = true, env = {}, onCellStart } = options;
  const { root = projectRoot(), user, wrap = [], mark = {}, maxMessageBytes = 64 * 2 ** 20 } = options;
  const nb = readNotebook(path);
  const started = performance.now();
  const cells: CellRun[] = [];
  let running: number | undefined;
  let status = "ok" as NotebookRun["status"];
  let stopReason = "";
  let childStderr = "";
  let done = false;
  const answers: unknown[] = [];
  let messageBytes = 0;
  // Marks every process of this run (inherited by whatever the notebook starts) so that the
  // ones that leave the process group are found too.
  const runId = randomBytes(8).toString("hex");

  const args = [`--max-old-space-size=${memoryMb}`, "--import", "tsx", join(root, "bin", "notebook-worker.ts"),
    resolve(path), continueOnError ? "continue" : "stop", root];
  const [command, ...prefix] = wrap.length ? wrap : [process.execPath];
  const child = spawn(command, wrap.length ? [...prefix, process.execPath, ...args] : args, {
    cwd: root, stdio: ["ignore", "ignore", "pipe", "ipc"], env: { ...process.env, TZ: "UTC", ...env, UYD_RUN_ID: runId },
    detached: true, serialization: "json", ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  const group = child.pid;
  const killAll = () => { if (group) { try { process.kill(-group, "SIGKILL"); } catch { /* gone */ } } };
  child.on("error", (err) => { stopReason = `the notebook's process could not start: ${err.message}`; });
  child.stderr!.on("data", (d) => { childStderr = (childStderr + d).slice(-20_000); });
  child.on("message", (raw: unknown) => {
    const msg = (typeof raw === "object" && raw !== null ? raw : {}) as { type: string; index: number; ok: boolean; outputs: CellOutput[]; ms: number; message: string };
    messageBytes += JSON.stringify(raw)?.length ?? 0;
    if (messageBytes > maxMessageBytes) { stopReason = `sent more than ${maxMessageBytes / 2 ** 20} MB of output and answers`; killAll(); return; }
    if (msg.type === "answer") answers.push(raw);
    if (msg.type === "cell-start" && Number.isInteger(msg.index) && msg.index >= 0 && msg.index < nb.cells.length) { running = msg.index + 1; onCellStart?.(running); }
    if (msg.type === "cell-end" && Number.isInteger(msg.index) && msg.index >= 0 && msg.index < nb.cells.length && Array.isArray(msg.outputs)) {
      const ok = msg.ok && !(stderrFails && errorText(msg.outputs));
      cells.push({ cell: msg.index + 1, ok, outputs: msg.outputs, ms: msg.ms });
      running = undefined;
    }
    if (msg.type === "fatal") stopReason = msg.message;
    if (msg.type === "done") done = true;
  });
  active.add(killAll);
  const timer = setTimeout(() => { status = "timeout"; killAll(); }, timeoutMs);
  const [code, signal] = group === undefined ? [null, null]
    : await new Promise<[number | null, string | null]>((res) => child.on("exit", (c, s) => res([c, s])));
  clearTimeout(timer);
  active.delete(killAll);
  // Whatever the notebook started is killed: its group, then anything else that carries its mark.
  const marks: ProcessMark[] = [...(group ? [{ pgid: group }] : []), { envEntry: `UYD_RUN_ID=${runId}` }, ...(Object.keys(mark).length ? [mark] : [])];
  const before = new Set(marks.flatMap((m) => findProcesses(m)));
  const leftover = [...new Set((await Promise.all(marks.map((m) => killProcesses(m)))).flat())];

  const firstFailed = cells.find((c) => !c.ok);
  const at = (cell: number | undefined, message: string) =>
    ({ cell: cell ?? 0, firstLine: cell ? cellSource(nb.cells[cell - 1]).split("\n")[0].slice(0, 80) : "", message });
  let failure: NotebookRun["failure"];
  if (status === "timeout") {
    failure = at(running, `stopped after the time limit of ${timeoutMs / 1000} s`);
  } else if (!done) {
    status = "crashed";
    const oom = /heap out of memory|Allocation failed/.test(childStderr);
    const ended = `the notebook's process ended (${signal ? `signal ${signal}` : `exit code ${code}`}): ${childStderr.trim().split("\n").slice(-3).join(" ")}`;
    failure = at(running, stopReason || (oom ? `ran out of memory (limit ${memoryMb} MB)` : ended.trim()));
  } else if (firstFailed) {
    status = "failed";
    failure = at(firstFailed.cell, errorText(firstFailed.outputs) || "the cell failed without an error message");
  }
  let count = 0;
  const byCell = new Map(cells.map((c) => [c.cell, c]));
  const executed: Notebook = { ...nb, cells: nb.cells.map((c, i) => {
    if (c.cell_type !== "code") return c;
    const run = byCell.get(i + 1);
    return { ...c, outputs: run ? run.outputs : [], execution_count: run ? ++count : null };
  }) };
  return { path, status, cells, failure, ms: performance.now() - started, executed, answers, leftover, killed: before.size };
}
