import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatNotebook, type Notebook } from "../../lib/runner/notebook";
import { runNotebook } from "../../lib/runner/run-notebook";

function notebook(...sources: string[]): string {
  const nb: Notebook = {
    cells: [{ cell_type: "markdown", source: "# t", metadata: {} }, ...sources.map((source) => ({ cell_type: "code" as const, source, metadata: {}, outputs: [], execution_count: null }))],
    metadata: {}, nbformat: 4, nbformat_minor: 4,
  };
  const path = join(mkdtempSync(join(tmpdir(), "uyd-run-")), "t.ipynb");
  writeFileSync(path, formatNotebook(nb));
  return path;
}

test("a notebook that runs records each cell's text and rich outputs with execution counts", async () => {
  const run = await runNotebook(notebook('console.log("hello")', 'import { display } from "tslab";\ndisplay.html("<b>x</b>")', "6 * 7"));
  assert.equal(run.status, "ok");
  assert.deepEqual(run.cells.map((c) => c.cell), [2, 3, 4]);
  assert.deepEqual(run.cells[0].outputs, [{ output_type: "stream", name: "stdout", text: "hello\n" }]);
  assert.deepEqual(run.cells[1].outputs, [{ output_type: "display_data", data: { "text/html": "<b>x</b>" }, metadata: {} }]);
  assert.deepEqual(run.executed.cells.map((c) => c.execution_count ?? null), [null, 1, 2, 3]);
});

test("a failing cell stops the run and is named with its number, first line and error", async () => {
  const run = await runNotebook(notebook("const a = 1;", 'throw new RangeError("out of range: 7")', 'console.log("never")'));
  assert.equal(run.status, "failed");
  assert.equal(run.failure?.cell, 3);
  assert.equal(run.failure?.firstLine, 'throw new RangeError("out of range: 7")');
  assert.match(run.failure!.message, /^RangeError: out of range: 7/);
  assert.doesNotMatch(run.failure!.message, /^\s+at /m);
  assert.equal(run.cells.length, 2);
});

test("a type error is a failure with the compiler's message", async () => {
  const run = await runNotebook(notebook('const n: number = "seven";'));
  assert.equal(run.status, "failed");
  assert.match(run.failure!.message, /Type 'string' is not assignable to type 'number'/);
});

test("a cell that never ends is stopped at the time limit and named", async () => {
  const run = await runNotebook(notebook("const x = 1;", "while (true) {}"), { timeoutMs: 8000 });
  assert.equal(run.status, "timeout");
  assert.equal(run.failure?.cell, 3);
  assert.match(run.failure!.message, /time limit of 8 s/);
});

test("process.exit in a cell fails that cell instead of ending the run", async () => {
  const run = await runNotebook(notebook("process.exit(1)", 'console.log("still here")'), { continueOnError: true });
  assert.equal(run.status, "failed");
  assert.match(run.failure!.message, /process\.exit\(1\) was called/);
  assert.deepEqual(run.cells[1].outputs, [{ output_type: "stream", name: "stdout", text: "still here\n" }]);
});

test("processes a notebook starts, detached or not, are killed at its end and on timeout, and none is left", async () => {
  const spawnCell = 'const { spawn } = require("child_process");\nspawn("sleep", ["611.25"], { detached: true, stdio: "ignore" }).unref();\nspawn("sleep", ["612.25"], { stdio: "ignore" });';
  const alive = () => readdirSync("/proc").filter((p) => /^\d+$/.test(p)).filter((p) => {
    try { return /61[123]\.25/.test(readFileSync(`/proc/${p}/cmdline`, "latin1")); } catch { return false; }
  });
  const ended = await runNotebook(notebook(spawnCell, "await new Promise((r) => setTimeout(r, 300));"));
  assert.equal(ended.status, "ok");
  assert.equal(ended.killed, 2);
  assert.deepEqual(ended.leftover, []);
  const timedOut = await runNotebook(notebook('require("child_process").spawn("sleep", ["613.25"], { detached: true, stdio: "ignore" }).unref();\nwhile (true) {}'), { timeoutMs: 8000 });
  assert.equal(timedOut.status, "timeout");
  assert.deepEqual(timedOut.leftover, []);
  assert.deepEqual(alive(), []);
});
