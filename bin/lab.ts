// npm run lab [-- lab ...]
// Opens the labs in Jupyter (JupyterLab where installed, else the classic Notebook)
// on 127.0.0.1 with a token, rooted at labs/, with the workshop's TypeScript kernel
// as the default and no global kernel install. Without Jupyter it says how to get
// it and meanwhile runs the chosen labs headless, writing executed notebooks and
// HTML copies to out/.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { findLabs } from "../lib/runner/find-labs";
import { runNotebook } from "../lib/runner/run-notebook";
import { writeExecuted } from "../lib/runner/write-executed";
import { projectRoot } from "../lib/data/project-root";

const KERNEL = "uyd-typescript";

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, cmd), constants.X_OK);
      return join(dir, cmd);
    } catch { /* not in this folder */ }
  }
  return undefined;
}

const HOW_TO_GET_JUPYTER = `Jupyter is not installed, so the labs cannot open in a browser yet.
Get it one of these ways, then run \`npm run lab\` again:
  • Debian/Ubuntu:   sudo apt-get install --no-install-recommends jupyter-notebook jupyter-nbconvert python3-nbclient
  • with pip:        python3 -m pip install --user jupyterlab      (JupyterLab; or: pip install notebook)
  • VS Code:         install the Jupyter extension and pick the kernel "TypeScript (Understand Your Data)"
                     (see README.md, "Using VS Code").
Meanwhile, running the labs headless and saving readable copies…`;

async function headless(args: string[]): Promise<number> {
  console.log(HOW_TO_GET_JUPYTER);
  let failed = 0;
  for (const lab of findLabs(args)) {
    const run = await runNotebook(lab);
    const { htmlPath } = writeExecuted(run, "out");
    if (run.failure) failed++;
    console.log(run.failure ? `✘ ${lab}: cell ${run.failure.cell}: ${run.failure.message}` : `✔ ${lab}`, `-> open ${htmlPath}`);
  }
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const root = projectRoot();
  const app = which("jupyter-lab") ? "lab" : which("jupyter-notebook") ? "notebook" : undefined;
  if (!app) return headless(args);
  const labsDir = join(root, "labs");
  const env = { ...process.env, TZ: "UTC", JUPYTER_PATH: [join(root, "jupyter"), process.env.JUPYTER_PATH].filter(Boolean).join(delimiter) };
  const rootFlag = app === "lab" ? "--ServerApp.root_dir" : "--NotebookApp.notebook_dir";
  const jupyterArgs = [app, "--ip=127.0.0.1", `${rootFlag}=${labsDir}`, `--MappingKernelManager.default_kernel_name=${KERNEL}`,
    ...(process.getuid?.() === 0 ? ["--allow-root"] : []), ...args];
  console.log(`Starting Jupyter ${app === "lab" ? "Lab" : "Notebook"} on 127.0.0.1 with the "${KERNEL}" TypeScript kernel. Open the link with the token below; Ctrl+C stops it.`);
  const child = spawn(which("jupyter") ?? "jupyter", jupyterArgs, { cwd: labsDir, env, stdio: "inherit" });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}

main().then((code) => process.exit(code), (err) => { console.error(err instanceof Error ? err.message : err); process.exit(2); });
