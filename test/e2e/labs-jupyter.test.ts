// Every lab, executed through the real Jupyter kernel protocol: nbconvert starts the
// project's kernelspec (jupyter/kernels/uyd-typescript) from a temporary folder, so
// the launcher's root finding is exercised too. Requires Jupyter (.ci/run installs it);
// skipped with a note where it is absent outside CI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";
import { findLabs } from "../../lib/runner/find-labs";
import { parseNotebook, readNotebook } from "../../lib/runner/notebook";
import { checkVerdicts, countCheckCalls, errorOutputs } from "./notebook-checks";

const root = projectRoot();
const hasJupyter = spawnSync("jupyter", ["nbconvert", "--version"]).status === 0;
const skip = !hasJupyter && !process.env.CI ? "Jupyter is not installed (apt-get install jupyter-nbconvert python3-nbclient)" : false;

// UYD_E2E_LABS="04 05" runs only those labs (while working on one); CI runs them all.
const onlyLabs = (process.env.UYD_E2E_LABS ?? "").split(/[\s,]+/).filter(Boolean);

for (const [kind, solutions] of [["solution", true], ["learner copy", false]] as const) {
  for (const lab of findLabs(onlyLabs, { solutions })) {
    const want = solutions ? "pass" : "hint";
    test(`the ${kind} ${lab} executes through Jupyter with no error output and every check shows a ${want}`, { skip, timeout: 660_000 }, () => {
      const dir = mkdtempSync(join(tmpdir(), "uyd-nbconvert-"));
      const input = join(dir, basename(lab));
      copyFileSync(join(root, lab), input);
      const r = spawnSync("jupyter", ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600",
        "--ExecutePreprocessor.kernel_name=uyd-typescript", "--output-dir", join(dir, "out"), input],
        { cwd: dir, encoding: "utf8", env: { ...process.env, JUPYTER_PATH: join(root, "jupyter") } });
      assert.equal(r.status, 0, `nbconvert failed:\n${r.stderr.slice(-3000)}`);
      const executed = parseNotebook(readFileSync(join(dir, "out", basename(lab)), "utf8"));
      assert.deepEqual(errorOutputs(executed), []);
      const verdicts = executed.cells.flatMap((c) => checkVerdicts(c.outputs ?? []));
      assert.equal(verdicts.length, countCheckCalls(readNotebook(join(root, lab))));
      assert.deepEqual(verdicts, verdicts.map(() => want));
    });
  }
}
