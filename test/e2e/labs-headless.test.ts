// Every lab, run headless (tslab's executor in a fresh process): each reference
// solution passes all its checks, each untouched learner copy runs to the end and
// every check shows a hint.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findLabs } from "../../lib/runner/find-labs";
import { readNotebook } from "../../lib/runner/notebook";
import { runNotebook } from "../../lib/runner/run-notebook";
import { checkVerdicts, countCheckCalls, errorOutputs } from "./notebook-checks";

// UYD_E2E_LABS="04 05" runs only those labs (while working on one); CI runs them all.
const onlyLabs = (process.env.UYD_E2E_LABS ?? "").split(/[\s,]+/).filter(Boolean);

for (const [kind, solutions] of [["solution", true], ["learner copy", false]] as const) {
  for (const lab of findLabs(onlyLabs, { solutions })) {
    const want = solutions ? "pass" : "hint";
    test(`the ${kind} ${lab} runs headless without errors and every check shows a ${want}`, { timeout: 600_000 }, async () => {
      const run = await runNotebook(lab, { timeoutMs: 540_000 });
      assert.equal(run.status, "ok", run.failure ? `cell ${run.failure.cell} (${run.failure.firstLine}): ${run.failure.message}` : "");
      assert.deepEqual(errorOutputs(run.executed), []);
      const verdicts = run.cells.flatMap((c) => checkVerdicts(c.outputs));
      assert.equal(verdicts.length, countCheckCalls(readNotebook(lab)), "one verdict per check call");
      assert.deepEqual(verdicts, verdicts.map(() => want));
    });
  }
}
