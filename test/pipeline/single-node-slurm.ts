// Starts a throw-away single-node Slurm for a test (munged, slurmctld, slurmd in the
// foreground, as child processes whose pids we hold), with every file under one temp
// folder, and stops exactly those processes again. Not a test file itself.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { hostname } from "node:os";
import { join } from "node:path";

/** The daemons live in /usr/sbin, which a non-login PATH may lack. */
const sbin = (name: string) => (existsSync(`/usr/sbin/${name}`) ? `/usr/sbin/${name}` : name);

export const SLURM_PACKAGES = ["slurmctld", "slurmd", "slurm-client", "munge"];

/** Why this machine cannot run the test, or null when it can. */
export function slurmMissing(): string | null {
  const missing = ["munged", "slurmctld", "slurmd", "sbatch", "sinfo"].filter((b) => spawnSync("sh", ["-c", `command -v ${b} || test -x /usr/sbin/${b}`]).status !== 0);
  if (missing.length) return `Slurm is not installed (${missing.join(", ")} missing): apt-get install ${SLURM_PACKAGES.join(" ")} (as .ci/run does)`;
  if (process.getuid?.() !== 0) return "the single-node Slurm test runs its daemons as root";
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((res) => { const s = createServer(); s.listen(0, "127.0.0.1", () => { const p = (s.address() as { port: number }).port; s.close(() => res(p)); }); });
}

export interface SingleNodeSlurm { env: Record<string, string>; dir: string; log(): string; stop(): Promise<void> }

export async function startSlurm(dir: string): Promise<SingleNodeSlurm> {
  const host = hostname().split(".")[0];
  for (const d of ["state", "spool", "munge"]) mkdirSync(join(dir, d), { recursive: true, mode: 0o700 });
  const key = join(dir, "munge", "munge.key");
  writeFileSync(key, randomBytes(1024));
  chmodSync(key, 0o400);
  const socket = join(dir, "munge", "munge.socket");
  const [ctldPort, dPort] = [await freePort(), await freePort()];
  const conf = join(dir, "slurm.conf");
  writeFileSync(conf, [
    "ClusterName=uydtest", `SlurmctldHost=${host}`, "SlurmUser=root", "SlurmdUser=root",
    "AuthType=auth/munge", "CredType=cred/munge", `AuthInfo=socket=${socket}`,
    "ProctrackType=proctrack/linuxproc", "TaskPlugin=task/none", "MpiDefault=none",
    "SelectType=select/cons_tres", "SelectTypeParameters=CR_CPU", "SchedulerType=sched/builtin",
    // Start dependent jobs within seconds, not the default one-minute scheduling pass.
    "SchedulerParameters=sched_interval=2,sched_min_interval=100000",
    "JobAcctGatherType=jobacct_gather/none", "AccountingStorageType=accounting_storage/none",
    `StateSaveLocation=${join(dir, "state")}`, `SlurmdSpoolDir=${join(dir, "spool")}`,
    `SlurmctldPidFile=${join(dir, "slurmctld.pid")}`, `SlurmdPidFile=${join(dir, "slurmd.pid")}`,
    `SlurmctldPort=${ctldPort}`, `SlurmdPort=${dPort}`,
    `SlurmctldLogFile=${join(dir, "slurmctld.log")}`, `SlurmdLogFile=${join(dir, "slurmd.log")}`,
    "ReturnToService=2", "MailProg=/bin/true",
    `NodeName=${host} CPUs=2 State=UNKNOWN`, `PartitionName=test Nodes=${host} Default=YES MaxTime=INFINITE State=UP`, "",
  ].join("\n"));
  const env = { SLURM_CONF: conf };
  const procs: ChildProcess[] = [];
  const start = (cmd: string, args: string[]) => { const p = spawn(cmd, args, { stdio: "ignore", env: { ...process.env, ...env } }); procs.push(p); return p; };
  const stop = async () => {
    spawnSync("scancel", ["--full", "--user", "root"], { env: { ...process.env, ...env }, timeout: 5000 });
    // slurmd, then slurmctld, then munged: SIGTERM, and SIGKILL for any still there after 10 s.
    for (const p of procs.slice().reverse()) {
      if (p.exitCode !== null || p.signalCode !== null) continue;
      const gone = new Promise<void>((res) => p.once("exit", () => res()));
      p.kill("SIGTERM");
      const timer = setTimeout(() => p.kill("SIGKILL"), 10000);
      await gone;
      clearTimeout(timer);
    }
  };
  try {
    start(sbin("munged"), ["-F", "--force", `--key-file=${key}`, `--socket=${socket}`, `--pid-file=${join(dir, "munge", "munged.pid")}`,
      `--log-file=${join(dir, "munge", "munged.log")}`, `--seed-file=${join(dir, "munge", "munged.seed")}`]);
    await waitFor(() => spawnSync("munge", ["-n", "-S", socket]).status === 0, 10000, "munged did not start");
    start(sbin("slurmctld"), ["-D", "-f", conf]);
    start(sbin("slurmd"), ["-D", "-f", conf]);
    await waitFor(() => /idle/.test(spawnSync("sinfo", ["-h", "-o", "%T"], { env: { ...process.env, ...env }, encoding: "utf8" }).stdout ?? ""), 30000, "the node did not come up idle");
  } catch (err) {
    await stop();
    throw err;
  }
  const log = () => spawnSync("sh", ["-c", `tail -n 20 ${join(dir, "slurmctld.log")} ${join(dir, "slurmd.log")}`], { encoding: "utf8" }).stdout;
  return { env, dir, log, stop };
}

async function waitFor(ok: () => boolean, ms: number, what: string): Promise<void> {
  const t = Date.now();
  while (!ok()) {
    if (Date.now() - t > ms) throw new Error(what);
    await new Promise((r) => setTimeout(r, 250));
  }
}
