// Child process of the headless runner and the grader: executes one notebook's code
// cells in order and reports each cell to the parent over IPC. Never run it directly;
// use `npm run labs` or lib/runner/run-notebook.ts.
// Arguments: <notebook> <stop|continue> [workshop folder to run in, default the project root]
import { cellSource, readNotebook } from "../lib/runner/notebook";
import { createCellExecutor } from "../lib/runner/cell-executor";
import { projectRoot } from "../lib/data/project-root";

const send = (msg: object) => new Promise<void>((resolve) => process.send!(msg, () => resolve()));

async function main(): Promise<void> {
  const [path, mode, rootArg] = process.argv.slice(2);
  const continueOnError = mode === "continue";
  const root = rootArg || projectRoot();
  const nb = readNotebook(path);
  process.chdir(root);
  const exec = createCellExecutor(root);
  const realExit = process.exit.bind(process);
  process.exit = ((code?: number) => {
    throw new Error(`process.exit(${code ?? ""}) was called. A lab notebook must not end its own kernel; remove that call.`);
  }) as typeof process.exit;
  process.on("disconnect", () => realExit(1)); // the parent is gone: stop rather than run on unsupervised
  process.on("uncaughtException", (err) => console.error("Uncaught exception:", err));
  process.on("unhandledRejection", (reason) => console.error("Unhandled promise rejection:", reason));

  for (let i = 0; i < nb.cells.length; i++) {
    const cell = nb.cells[i];
    if (cell.cell_type !== "code" || cellSource(cell).trim() === "") continue;
    await send({ type: "cell-start", index: i });
    const started = performance.now();
    const { ok, outputs } = await exec.run(cellSource(cell));
    await send({ type: "cell-end", index: i, ok, outputs, ms: performance.now() - started });
    if (!ok && !continueOnError) break;
  }
  await send({ type: "done" });
  exec.close();
  realExit(0);
}

main().catch(async (err) => {
  await send({ type: "fatal", message: err instanceof Error ? err.message : String(err) });
  process.exitCode = 1;
});
