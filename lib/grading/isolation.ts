import { spawnSync } from "node:child_process";
import { InputError } from "../errors/workshop-error";

/**
 * How a submission is kept from the grader, the workshop and the other submissions:
 * - "user": (the grader runs as root) its process runs as a user id of its own, so it
 *   can neither signal the grader or another submission nor write the workshop;
 * - "bwrap": (not root, bubblewrap installed) inside bubblewrap with the whole file
 *   system read-only, its own /tmp and its own process-id namespace;
 * - "copy": (neither) only its own throw-away copy of the workshop and its own process
 *   group; a submission running as the grader's user could still signal the grader.
 * Every kind runs in a throw-away copy of the workshop (lib, data, bin, the compiled lib)
 * and hands its answers back over the worker's IPC pipe.
 */
export type IsolationKind = "user" | "bwrap" | "copy";

export interface Isolation { kind: IsolationKind; /** One sentence for the grade sheet. */ description: string }

export const BWRAP_ARGS = ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--unshare-pid", "--die-with-parent", "--new-session"];

function bwrapWorks(): boolean {
  const r = spawnSync("bwrap", [...BWRAP_ARGS, "--", "true"], { stdio: "ignore", timeout: 10_000 });
  return r.status === 0;
}

const DESCRIPTIONS: Record<IsolationKind, string> = {
  user: "each submission ran as its own unprivileged user in a throw-away copy of the workshop",
  bwrap: "each submission ran in bubblewrap (read-only file system, own /tmp and process namespace) on a throw-away copy of the workshop",
  copy: "each submission ran in a throw-away copy of the workshop and its own process group, as the grader's user (weakest: install bubblewrap or grade as root)",
};

/**
 * The strongest isolation available here, or the one asked for (an error if it is not
 * available).
 *
 * @example
 * chooseIsolation().kind // "user" when running as root
 */
export function chooseIsolation(wanted: IsolationKind | "auto" = "auto"): Isolation {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const pick = (kind: IsolationKind): Isolation => ({ kind, description: DESCRIPTIONS[kind] });
  if (wanted === "user" && !root) throw new InputError("--isolation user needs the grader to run as root.", "Run as root, or use --isolation bwrap or copy.");
  if (wanted === "bwrap" && !bwrapWorks()) throw new InputError("--isolation bwrap: bubblewrap (bwrap) is not installed or cannot run here.", "apt-get install bubblewrap, or use --isolation copy.");
  if (wanted !== "auto") return pick(wanted);
  if (root) return pick("user");
  return pick(bwrapWorks() ? "bwrap" : "copy");
}
