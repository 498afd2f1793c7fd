// Every check id has a table of right answers and plausible wrong ones next to its
// lab's checks (lib/checks/labNN.cases.ts): each right answer passes, each wrong one
// fails, and there are at least five wrong ones. A wrong answer that passes is a bug.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { judgeAnswer } from "../../lib/checks/judge-answer";
import { registry } from "../../lib/checks/registry";
import type { CheckCase, LabCheckCases } from "../../lib/checks/types";
import { projectRoot } from "../../lib/data/project-root";

const MIN_WRONG = 5;
const value = (c: CheckCase) => (typeof c.answer === "function" ? (c.answer as () => unknown)() : c.answer);
const tally: string[] = [];

for (const lab of registry) {
  const file = join(projectRoot(), "lib", "checks", `lab${lab.lab.slice(0, 2)}.cases.ts`);
  const ids = Object.keys(lab.checks);
  if (!existsSync(file)) {
    test(`lab ${lab.lab} has a case table for each of its checks`, { todo: `no ${file.slice(projectRoot().length + 1)} yet` }, () => {});
    continue;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cases = (require(file) as { cases: LabCheckCases }).cases;
  test(`lab ${lab.lab}: every check id has a case table and every table names a real check`, () => {
    assert.deepEqual(Object.keys(cases).sort(), ids.slice().sort());
  });
  for (const id of ids) {
    const table = cases[id];
    if (!table) continue;
    test(`check ${id} passes each right answer and rejects each of its ${table.wrong.length} wrong answers`, () => {
      assert.ok(table.right.length >= 1, `check ${id} needs at least one right answer`);
      assert.ok(table.wrong.length >= MIN_WRONG, `check ${id} needs at least ${MIN_WRONG} plausible wrong answers, has ${table.wrong.length}`);
      for (const c of table.right) {
        const r = judgeAnswer(id, value(c));
        assert.equal(r.passed, true, `right answer (${c.why}) failed: ${r.message}`);
      }
      for (const c of table.wrong) {
        const r = judgeAnswer(id, value(c));
        assert.equal(r.passed, false, `WRONG answer passed (${c.why}): ${JSON.stringify(value(c))}`);
        assert.ok(r.message.length > 0, `wrong answer (${c.why}) got no hint`);
      }
      tally.push(`${id}: ${table.right.length} right, ${table.wrong.length} wrong, all wrong rejected`);
    });
  }
}

test.after(() => {
  if (tally.length) console.log(`check case tables:\n  ${tally.join("\n  ")}`);
});
