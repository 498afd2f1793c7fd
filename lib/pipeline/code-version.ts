import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";

/** The code a run was made with: the git commit (plus "-dirty" when lib/ or bin/ differ from it) and the lockfile's hash. */
export interface CodeVersion {
  git: string;
  lockfileSha256: string;
}

/**
 * The git commit of the workshop and the SHA-256 of package-lock.json, for the run
 * manifest. Outside a git checkout the commit is "unknown".
 *
 * @example
 * codeVersion().git // "5068c96…"
 */
export function codeVersion(root = projectRoot()): CodeVersion {
  let git = "unknown";
  try {
    git = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "lib", "bin"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (dirty) git += "-dirty";
  } catch {
    // not a git checkout (a tarball): the lockfile hash still pins the dependencies
  }
  const lock = join(root, "package-lock.json");
  const lockfileSha256 = existsSync(lock) ? createHash("sha256").update(readFileSync(lock)).digest("hex") : "none";
  return { git, lockfileSha256 };
}
