// npm run labs -- [lab ...] [--solutions] [--write] [--out DIR] [--timeout SECONDS]
// Executes labs headless, each in a fresh process, in lab order. On failure it names
// the notebook, the cell and the cell's error. --write saves each executed notebook
// and a readable HTML copy to the output folder (default out/).
import { parseArgs } from "node:util";
import { findLabs } from "../lib/runner/find-labs";
import { runNotebook } from "../lib/runner/run-notebook";
import { writeExecuted } from "../lib/runner/write-executed";
import { isWorkshopError } from "../lib/errors/workshop-error";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      solutions: { type: "boolean", default: false },
      write: { type: "boolean", default: false },
      out: { type: "string", default: "out" },
      timeout: { type: "string", default: "300" },
    },
  });
  const timeout = /^\d+(\.\d+)?$/.test(values.timeout!) ? Number(values.timeout) : NaN;
  if (!(timeout > 0)) {
    console.error(`--timeout takes a number of seconds, got '${values.timeout}'.\nUsage: npm run labs -- [lab ...] [--solutions] [--write] [--out DIR] [--timeout SECONDS]`);
    return 2;
  }
  const labs = findLabs(positionals, { solutions: values.solutions });
  if (labs.length === 0) { console.error("No labs found."); return 1; }
  let failed = 0;
  for (const lab of labs) {
    process.stdout.write(`▶ ${lab} `);
    const run = await runNotebook(lab, { timeoutMs: timeout * 1000, onCellStart: () => process.stdout.write(".") });
    const seconds = (run.ms / 1000).toFixed(1);
    if (run.failure) {
      failed++;
      console.log(`\n✘ ${lab}: ${run.status} at cell ${run.failure.cell} (${run.failure.firstLine}) after ${seconds} s\n${run.failure.message.replace(/^/gm, "    ")}`);
    } else {
      console.log(`\n✔ ${lab}: ${run.cells.length} code cells in ${seconds} s`);
    }
    if (values.write) {
      const { notebookPath, htmlPath } = writeExecuted(run, values.out);
      console.log(`  wrote ${notebookPath} and ${htmlPath}`);
    }
  }
  console.log(`${labs.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(isWorkshopError(err) ? err.message : err);
  process.exit(2);
});
