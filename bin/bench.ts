// npm run bench [-- --runs 3] [-- --only kernel|runner|<area>]
// Speed, as ratios against a baseline measured in the same run. The runner bench
// executes lab 00 headless (tslab's executor in a fresh process) and through Jupyter
// (nbconvert + the kernelspec), alternating, and prints median times and their ratio.
// The kernel bench times a notebook's first cell from a cold process (spawn to exit):
// an empty notebook, lab 00's first cell and every other lab's first cell, with lib
// compiled from source by tslab (UYD_LIB_CACHE=0, as before the cache) and with the
// cached lib build (.cache/tslab-lib), interleaved, and prints medians and differences.
// Then it runs every bin/bench-<area>.ts, each printing its own ratios.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../lib/data/project-root";
import { runNotebook } from "../lib/runner/run-notebook";
import { findLabs } from "../lib/runner/find-labs";
import { cellSource, formatNotebook, readNotebook, type Notebook } from "../lib/runner/notebook";

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

/** A notebook holding only the first code cell of `lab` (or `source`), in a temp folder. */
function firstCellNotebook(dir: string, name: string, source: string): string {
  const nb: Notebook = { cells: [{ cell_type: "code", source, metadata: {}, outputs: [], execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 };
  const path = join(dir, `${name}.ipynb`);
  writeFileSync(path, formatNotebook(nb));
  return path;
}

async function benchKernel(runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "uyd-bench-kernel-"));
  const cases: [string, string][] = [["empty", firstCellNotebook(dir, "empty", 'console.log("ready")')]];
  for (const lab of findLabs([], { solutions: true })) {
    const first = readNotebook(join(root, lab)).cells.find((c) => c.cell_type === "code");
    if (first) cases.push([lab.replace(/^.*\//, "").slice(0, 2), firstCellNotebook(dir, lab.replace(/^.*\//, "").replace(".ipynb", ""), cellSource(first))]);
  }
  const times = new Map<string, number[]>();
  const time = async (cache: string, name: string, path: string) => {
    const t = performance.now();
    const run = await runNotebook(path, { env: { UYD_LIB_CACHE: cache } });
    if (run.status !== "ok") throw new Error(`${name}: first cell failed (${run.failure?.message})`);
    const key = `${cache}:${name}`;
    times.set(key, [...(times.get(key) ?? []), performance.now() - t]);
    console.log(`  ${cache === "1" ? "cached " : "tslab  "} ${name.padEnd(5)} ${((performance.now() - t) / 1000).toFixed(2)} s`);
  };
  // Warm the cache once (a lib edit costs one rebuild, on the next kernel start).
  await runNotebook(cases[0][1], { env: { UYD_LIB_CACHE: "1" } });
  // Round 1 over every lab with the cached build finds the slowest first cell; then each
  // round times empty, lab 00 and that lab, lib from source and cached, interleaved.
  for (const [name, path] of cases) await time("1", name, path);
  const first = (name: string) => times.get(`1:${name}`)![0];
  const slowestName = cases.slice(1).map(([n]) => n).reduce((a, b) => (first(b) > first(a) ? b : a));
  const timed = cases.filter(([n]) => n === "empty" || n === "00" || n === slowestName);
  for (let i = 0; i < runs; i++) for (const cache of ["0", "1"]) for (const [name, path] of timed) await time(cache, name, path);
  const m = (cache: string, name: string) => median(times.get(`${cache}:${name}`)!.slice(cache === "1" ? -runs : 0)) / 1000;
  const labsOnly = cases.slice(1).map(([n]) => n);
  console.log(`kernel: first cell from a cold process (spawn to exit), median of ${runs}; the slowest lab is the slowest first cell of round 1 (cached build)`);
  console.log(`  round 1, cached build, time over empty: ${labsOnly.map((n) => `${n} +${((times.get(`1:${n}`)![0] - times.get("1:empty")![0]) / 1000).toFixed(2)}`).join(", ")}`);
  for (const [cache, label] of [["0", "lib compiled by tslab (before)"], ["1", "cached lib build (after)"]]) {
    const e = m(cache, "empty");
    console.log(`  ${label}: empty ${e.toFixed(2)} s; lab 00 ${m(cache, "00").toFixed(2)} s (+${(m(cache, "00") - e).toFixed(2)} s); ` +
      `slowest, lab ${slowestName}, ${m(cache, slowestName).toFixed(2)} s (+${(m(cache, slowestName) - e).toFixed(2)} s)`);
  }
  const over = (cache: string, n: string) => m(cache, n) - m(cache, "empty");
  console.log(`  time over an empty notebook, after / before: lab 00 ${(over("1", "00") / over("0", "00")).toFixed(2)}x, lab ${slowestName} ${(over("1", slowestName) / over("0", slowestName)).toFixed(2)}x`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, only: { type: "string" } } });
  if (!values.only || values.only === "kernel") await benchKernel(Number(values.runs));
  if (!values.only || values.only === "runner") await benchRunner(Number(values.runs));
  for (const file of readdirSync(join(root, "bin")).filter((f) => /^bench-[\w-]+\.ts$/.test(f)).sort()) {
    const area = file.slice(6, -3);
    if (values.only && values.only !== area) continue;
    console.log(`\n== ${area} (bin/${file})`);
    spawnSync(process.execPath, ["--import", "tsx", join(root, "bin", file)], { cwd: root, stdio: "inherit" });
  }
}

main();
