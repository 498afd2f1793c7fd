import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../errors/workshop-error";

export interface WriteCleanedSetOptions {
  /** Flags that drop a file (default: every flag). Pass e.g. ["unreadable", "exactDuplicate"] to drop only those. */
  drop?: string[];
  /** Replace `outDir` if it already exists (default true; the old copy is removed only after the new one is in place). */
  overwrite?: boolean;
}

export interface CleanedSet {
  outDir: string;
  kept: string[];
  dropped: { path: string; flags: string[] }[];
}

/**
 * Copies the files that carry none of the `drop` flags into `outDir`, with a
 * manifest.json of what was kept and what was dropped and why. The set is built in a
 * temporary folder beside `outDir` and renamed into place, so a crash never leaves a
 * half-written set. Refuses to write into (or next to, inside) a source folder.
 *
 * @example
 * const rows = await findImageIssues(listFiles("data/curation/images"));
 * writeCleanedSet(rows, "out/curation/clean-images").kept.length; // 190
 */
export function writeCleanedSet(rows: { path: string; ok: boolean; flags: string[] }[], outDir: string, options: WriteCleanedSetOptions = {}): CleanedSet {
  const { drop, overwrite = true } = options;
  const target = resolve(outDir);
  for (const r of rows) {
    const rel = relative(resolve(dirname(r.path)), target);
    if (rel === "" || !(rel.startsWith("..") || isAbsolute(rel))) {
      throw new InputError(`Refusing to write the cleaned set into '${outDir}', inside the source folder of '${r.path}'.`, "Write outputs to a separate folder such as 'out/curation/clean'.");
    }
  }
  if (existsSync(target) && !overwrite) throw new InputError(`'${outDir}' already exists.`, "Pass { overwrite: true } or choose a new folder.");
  const dropping = (flags: string[]) => (drop ? flags.some((f) => drop.includes(f)) : flags.length > 0);
  const tmp = `${target}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const kept: string[] = [];
  const dropped: { path: string; flags: string[] }[] = [];
  const used = new Set<string>();
  for (const r of rows) {
    if (!r.ok || dropping(r.flags)) {
      dropped.push({ path: r.path, flags: r.flags });
      continue;
    }
    let name = basename(r.path);
    for (let n = 2; used.has(name); n++) name = `${basename(r.path, extname(r.path))}-${n}${extname(r.path)}`;
    used.add(name);
    copyFileSync(r.path, `${tmp}${sep}${name}`);
    kept.push(r.path);
  }
  writeFileSync(`${tmp}${sep}manifest.json`, JSON.stringify({ kept, dropped }, null, 1) + "\n");
  mkdirSync(dirname(target), { recursive: true });
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
  return { outDir, kept, dropped };
}
