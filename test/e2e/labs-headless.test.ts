// Every lab, run headless (tslab's executor in a fresh process): each reference
// solution passes all its checks, each untouched learner copy runs to the end and
// every check shows a hint; and every number the solution's prose quotes was printed
// by an earlier cell (lib/runner/unquoted-numbers.ts), tested on the same run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findLabs } from "../../lib/runner/find-labs";
import { readNotebook } from "../../lib/runner/notebook";
import { runNotebook, type NotebookRun } from "../../lib/runner/run-notebook";
import { unquotedNumbers } from "../../lib/runner/unquoted-numbers";
import { checkVerdicts, countCheckCalls, errorOutputs } from "./notebook-checks";

// UYD_E2E_LABS="04 05" runs only those labs (while working on one); CI runs them all.
const onlyLabs = (process.env.UYD_E2E_LABS ?? "").split(/[\s,]+/).filter(Boolean);

// One run per notebook, shared by the tests that read it (a notebook is never executed twice).
const runs = new Map<string, Promise<NotebookRun>>();
const runOnce = (lab: string) => {
  if (!runs.has(lab)) runs.set(lab, runNotebook(lab, { timeoutMs: 540_000 }));
  return runs.get(lab)!;
};

for (const [kind, solutions] of [["solution", true], ["learner copy", false]] as const) {
  for (const lab of findLabs(onlyLabs, { solutions })) {
    const want = solutions ? "pass" : "hint";
    test(`the ${kind} ${lab} runs headless without errors and every check shows a ${want}`, { timeout: 600_000 }, async () => {
      const run = await runOnce(lab);
      assert.equal(run.status, "ok", run.failure ? `cell ${run.failure.cell} (${run.failure.firstLine}): ${run.failure.message}` : "");
      assert.deepEqual(errorOutputs(run.executed), []);
      const verdicts = run.cells.flatMap((c) => checkVerdicts(c.outputs));
      assert.equal(verdicts.length, countCheckCalls(readNotebook(lab)), "one verdict per check call");
      assert.deepEqual(verdicts, verdicts.map(() => want));
    });
    if (!solutions) continue;
    test(`every number in the prose of ${lab} is printed by an earlier cell or cited`, { timeout: 600_000 }, async () => {
      const run = await runOnce(lab);
      assert.equal(run.status, "ok", "the notebook must run to the end before its prose can be checked");
      const unquoted = unquotedNumbers(run.executed).map((u) => `cell ${u.cell}: ${u.number} in "${u.sentence}"`);
      assert.deepEqual(unquoted, [], `numbers in markdown that no earlier output prints (cells are 0-based):\n${unquoted.join("\n")}`);
    });
  }
}
