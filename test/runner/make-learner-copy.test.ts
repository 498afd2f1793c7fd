import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";
import { findLabs } from "../../lib/runner/find-labs";
import { makeLearnerCopy, stripSolution } from "../../lib/runner/make-learner-copy";
import { formatNotebook, readNotebook } from "../../lib/runner/notebook";

test("solution blocks become a single YOUR CODE HERE line with the same indent", () => {
  const src = "let n = 0;\n  // BEGIN SOLUTION\n  n = 2;\n  // END SOLUTION\ncheck('0.2', n);";
  assert.equal(stripSolution(src), "let n = 0;\n  // YOUR CODE HERE\ncheck('0.2', n);");
});

test("unbalanced solution markers are refused with the cell named", () => {
  assert.throws(() => stripSolution("// BEGIN SOLUTION\nx = 1;", "cell 4"), /cell 4: a BEGIN SOLUTION block is never closed/);
  assert.throws(() => stripSolution("// END SOLUTION", "cell 2"), /cell 2: END SOLUTION without a BEGIN SOLUTION/);
});

test("every committed learner copy is exactly what the generator makes from its solution", () => {
  const root = projectRoot();
  const solutions = findLabs([], { solutions: true });
  assert.ok(solutions.length >= 1);
  assert.deepEqual(findLabs([]).map((p) => basename(p)), solutions.map((p) => basename(p)), "one learner copy per solution, none without");
  for (const sol of solutions) {
    const expected = formatNotebook(makeLearnerCopy(readNotebook(join(root, sol))));
    const actual = readFileSync(join(root, "labs", basename(sol)), "utf8");
    assert.equal(actual, expected, `labs/${basename(sol)} is out of date: run npm run learner-copies`);
    assert.ok(!/BEGIN SOLUTION|END SOLUTION/.test(actual));
  }
});
