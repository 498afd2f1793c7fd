import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** What marks the processes of one notebook run (any one is enough). */
export interface ProcessMark {
  /** Processes running as this user id (the grader gives each submission its own). */
  uid?: number;
  /** Processes whose environment contains this `NAME=value` entry. */
  envEntry?: string;
  /** Processes whose working directory is inside this folder. */
  cwdUnder?: string;
  /** Processes in this process group. */
  pgid?: number;
}

function read(path: string): string | undefined {
  try { return readFileSync(path, "latin1"); } catch { return undefined; }
}

/**
 * The ids of live processes that carry `mark`, found by scanning /proc (Linux). A process
 * that detached itself (new session, new group) still runs as the run's user, keeps its
 * environment or its working directory unless it went out of its way to drop all three.
 * Returns [] where /proc does not exist.
 *
 * @example
 * findProcesses({ uid: 1900000001 }) // [4242]
 */
export function findProcesses(mark: ProcessMark): number[] {
  let pids: string[];
  try { pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p)); } catch { return []; }
  const found: number[] = [];
  for (const p of pids) {
    const pid = Number(p);
    if (pid === process.pid) continue;
    const status = read(`/proc/${p}/status`);
    if (!status || /^State:\s+Z/m.test(status)) continue; // gone, or a zombie waiting for its parent
    const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
    let hit = mark.uid !== undefined && uid === mark.uid;
    if (!hit && mark.pgid !== undefined) {
      const stat = read(`/proc/${p}/stat`);
      const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
      hit = Number(fields?.[2]) === mark.pgid;
    }
    if (!hit && mark.envEntry) hit = (read(`/proc/${p}/environ`) ?? "").split("\0").includes(mark.envEntry);
    if (!hit && mark.cwdUnder) {
      try { hit = (readlinkSync(`/proc/${p}/cwd`) + "/").startsWith(mark.cwdUnder.replace(/\/?$/, "/")); } catch { /* gone or not ours */ }
    }
    if (hit) found.push(pid);
  }
  return found;
}

/**
 * Kills (SIGKILL) every process carrying `mark`, repeating until none is left or `tries`
 * rounds have passed (a process may fork while we kill). Returns the ids still alive.
 *
 * @example
 * killProcesses({ pgid: child.pid }) // [] when everything is gone
 */
export async function killProcesses(mark: ProcessMark, tries = 20): Promise<number[]> {
  let left = findProcesses(mark);
  for (let i = 0; i < tries && left.length; i++) {
    for (const pid of left) { try { process.kill(pid, "SIGKILL"); } catch { /* already gone */ } }
    if (mark.pgid) { try { process.kill(-mark.pgid, "SIGKILL"); } catch { /* group empty */ } }
    await new Promise((r) => setTimeout(r, 50));
    left = findProcesses(mark);
  }
  return left;
}
