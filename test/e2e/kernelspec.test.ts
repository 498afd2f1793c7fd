// The kernelspec works when linked into another Jupyter folder (as README's VS Code
// section says to do) and from a notebook outside the workshop: the launcher finds the
// workshop root through the link, so "./lib/index" and root-relative data paths work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";
import { formatNotebook } from "../../lib/runner/notebook";

const hasJupyter = spawnSync("jupyter", ["nbconvert", "--version"]).status === 0;

test("a linked kernelspec runs a notebook from any folder with the workshop root as working directory",
  { skip: !hasJupyter && !process.env.CI ? "Jupyter is not installed" : false, timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "uyd-kernel-"));
    mkdirSync(join(dir, "jp", "kernels"), { recursive: true });
    symlinkSync(join(projectRoot(), "jupyter", "kernels", "uyd-typescript"), join(dir, "jp", "kernels", "uyd-typescript"));
    const source = 'import { listSamples } from "./lib/index";\nimport { existsSync } from "fs";\nconsole.log(process.cwd(), listSamples("photos").length, existsSync("data/SOURCES.md"), process.env.TZ)';
    writeFileSync(join(dir, "t.ipynb"), formatNotebook({
      cells: [{ cell_type: "code", source, metadata: {}, outputs: [], execution_count: null }],
      metadata: { kernelspec: { name: "uyd-typescript", display_name: "TypeScript (Understand Your Data)", language: "typescript" } }, nbformat: 4, nbformat_minor: 4,
    }));
    const r = spawnSync("jupyter", ["nbconvert", "--to", "notebook", "--execute", "--output", "done.ipynb", "t.ipynb"],
      { cwd: dir, encoding: "utf8", env: { ...process.env, JUPYTER_PATH: join(dir, "jp") } });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(readFileSync(join(dir, "done.ipynb"), "utf8")).cells[0].outputs;
    assert.deepEqual(out.map((o: { text: string[] }) => o.text.join("")), [`${projectRoot()} 9 true UTC\n`]);
    // The kernel compiled lib once into the cache for lib's current sources (see lib-cache.js).
    const cache = require(join(projectRoot(), "jupyter", "kernels", "uyd-typescript", "lib-cache.js"));
    const root = projectRoot();
    const ts = require(require.resolve("@tslab/typescript-for-tslab", { paths: [join(root, "node_modules", "tslab")] }));
    const hash = cache.libHash(root, cache.libSources(root), ts);
    assert.ok(existsSync(join(root, ".cache", "tslab-lib", hash, "complete")), `the kernel left lib's build in .cache/tslab-lib/${hash}`);
  });
