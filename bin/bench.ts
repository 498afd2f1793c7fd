// npm run bench [-- --runs 3] [-- --only runner]
// Speed, as ratios against a baseline measured in the same run. The runner bench
// executes lab 00 headless (tslab's executor in a fresh process) and through Jupyter
// (nbconvert + the kernelspec), alternating, and prints median times and their ratio.
// Then it runs every bin/bench-<area>.ts, each printing its own ratios.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../lib/data/project-root";
import { runNotebook } from "../lib/runner/run-notebook";

const root = projectRoot();
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function benchRunner(runs: number): Promise<void> {
  const lab = "labs/solutions/00-welcome.ipynb";
  const dir = mkdtempSync(join(tmpdir(), "uyd-bench-"));
  copyFileSync(join(root, lab), join(dir, "lab.ipynb"));
  const headless: number[] = [];
  const jupyter: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const run = await runNotebook(lab);
    if (run.status !== "ok") throw new Error(`headless run failed: ${run.failure?.message}`);
    headless.push(performance.now() - t);
    t = performance.now();
    const r = spawnSync("jupyter", ["nbconvert", "--to", "notebook", "--execute", "--output", "out.ipynb", "lab.ipynb"],
      { cwd: dir, env: { ...process.env, JUPYTER_PATH: join(root, "jupyter") }, encoding: "utf8" });
    if (r.status !== 0) { console.log(`Jupyter not available or failed; headless median ${(median(headless) / 1000).toFixed(2)} s`); return; }
    jupyter.push(performance.now() - t);
  }
  const h = median(headless) / 1000;
  const j = median(jupyter) / 1000;
  console.log(`runner: lab 00 end to end, median of ${runs}: headless ${h.toFixed(2)} s, Jupyter (nbconvert) ${j.toFixed(2)} s; ` +
    `headless takes ${(h / j).toFixed(2)}x the Jupyter time (${((1 - h / j) * 100).toFixed(0)}% less)`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, only: { type: "string" } } });
  if (!values.only || values.only === "runner") await benchRunner(Number(values.runs));
  for (const file of readdirSync(join(root, "bin")).filter((f) => /^bench-[\w-]+\.ts$/.test(f)).sort()) {
    const area = file.slice(6, -3);
    if (values.only && values.only !== area) continue;
    console.log(`\n== ${area} (bin/${file})`);
    spawnSync(process.execPath, ["--import", "tsx", join(root, "bin", file)], { cwd: root, stdio: "inherit" });
  }
}

main();
