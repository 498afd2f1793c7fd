import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProcessMark } from "../runner/find-processes";
import type { RunNotebookOptions } from "../runner/run-notebook";
import { BWRAP_ARGS, type Isolation } from "./isolation";

/** One submission's private folder and how to run its notebook there. */
export interface WorkshopView {
  /** The private folder (mode 700): workshop/, tmp/ and the notebook. */
  dir: string;
  /** The notebook's copy inside it. */
  notebook: string;
  /** runNotebook options: root, user, wrap, mark, env. */
  run: Pick<RunNotebookOptions, "root" | "user" | "wrap" | "mark" | "env">;
  /** Removes the folder. */
  remove(): void;
}

/** What a notebook may see of the workshop; node_modules is linked, not copied (read-only to the submission's user). */
const COPIED = ["package.json", "tsconfig.json", "tsconfig.tslab.json", "lib", "data", "bin", "jupyter"];

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (lstatSync(path).isDirectory()) for (const e of readdirSync(path)) chownTree(join(path, e), uid, gid);
}

/**
 * Makes a throw-away copy of what a notebook may see of the workshop (lib, data, bin,
 * jupyter, the compiled lib of `libBuild`), with its own tmp folder, and the options
 * that run the notebook there under `isolation`. `slot` makes the user id unique among
 * the submissions of this grading run.
 *
 * @example
 * const view = makeWorkshopView(projectRoot(), notebookText, chooseIsolation(), 3, build?.dir);
 * try { await runNotebook(view.notebook, view.run); } finally { view.remove(); }
 */
export function makeWorkshopView(root: string, notebookText: string, isolation: Isolation, slot: number, libBuild?: string): WorkshopView {
  const dir = mkdtempSync(join(tmpdir(), "uyd-sub-"));
  chmodSync(dir, 0o700);
  const workshop = join(dir, "workshop");
  const tmp = join(dir, "tmp");
  mkdirSync(tmp);
  mkdirSync(workshop);
  for (const name of COPIED) if (existsSync(join(root, name))) cpSync(join(root, name), join(workshop, name), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(workshop, "node_modules"));
  if (libBuild) cpSync(libBuild, join(workshop, ".cache", "tslab-lib", libBuild.split(/[\\/]/).pop()!), { recursive: true });
  const notebook = join(dir, "submission.ipynb");
  writeFileSync(notebook, notebookText);
  const token = `UYD_RUN=${randomBytes(8).toString("hex")}`;
  const env = { UYD_ANSWERS: "ipc", UYD_RUN: token.slice(8), TMPDIR: tmp, HOME: tmp, UYD_ROOT: workshop };
  const mark: ProcessMark = { envEntry: token, cwdUnder: dir };
  const run: WorkshopView["run"] = { root: workshop, env, mark };
  if (isolation.kind === "user") {
    // A user id of its own: no one else runs as it, so everything running as it is this submission's.
    const uid = 1_900_000_000 + (process.pid % 10_000) * 10_000 + (slot % 10_000);
    chownTree(dir, uid, uid);
    run.user = { uid, gid: uid };
    mark.uid = uid;
  } else if (isolation.kind === "bwrap") {
    run.wrap = ["bwrap", ...BWRAP_ARGS, "--tmpfs", "/tmp", "--bind", dir, dir, "--"];
  }
  return {
    dir, notebook, run,
    remove: () => {
      try { rmSync(dir, { recursive: true, force: true }); } catch {
        spawnChmod(dir);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Makes every folder writable again (a submission may have locked its own files) so the folder can be removed. */
function spawnChmod(path: string): void {
  try {
    chmodSync(path, 0o700);
    if (lstatSync(path).isDirectory()) for (const e of readdirSync(path)) spawnChmod(join(path, e));
  } catch { /* best effort */ }
}
