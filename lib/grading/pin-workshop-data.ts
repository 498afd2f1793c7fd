import fs from "node:fs";
import { join, resolve, sep } from "node:path";

/**
 * Reads every file under `<root>/data` now and makes this process's synchronous reads of
 * them (fs.readFileSync, existsSync, readdirSync by name) answer from that snapshot from
 * then on. The grader calls it before the first submission runs, so a judge that loads
 * its data lazily (a lab without `LabChecks.prepare`) still judges against the pristine
 * workshop, whatever happens to the files later. Returns a function that undoes it.
 * Only for the grader's own process: lib never calls it.
 *
 * @example
 * const unpin = pinWorkshopData(projectRoot());
 */
export function pinWorkshopData(root: string): () => void {
  const dataDir = resolve(root, "data");
  const files = new Map<string, Buffer>();
  const dirs = new Map<string, string[]>();
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    dirs.set(dir, entries.map((e) => e.name).sort());
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.set(p, fs.readFileSync(p));
    }
  };
  walk(dataDir);
  const saved = { readFileSync: fs.readFileSync, existsSync: fs.existsSync, readdirSync: fs.readdirSync };
  const pinned = (p: unknown): string | undefined => {
    if (typeof p !== "string" && !(p instanceof URL)) return undefined;
    const abs = resolve(root, String(p instanceof URL ? p.pathname : p));
    return abs === dataDir || abs.startsWith(dataDir + sep) ? abs : undefined;
  };
  const patched = {
    readFileSync(this: unknown, p: unknown, options?: unknown) {
      const abs = pinned(p);
      const buf = abs ? files.get(abs) : undefined;
      if (!buf) return (saved.readFileSync as (...a: unknown[]) => unknown)(p, options);
      const encoding = typeof options === "string" ? options : (options as { encoding?: string } | undefined)?.encoding;
      return encoding ? buf.toString(encoding as BufferEncoding) : Buffer.from(buf);
    },
    existsSync(p: unknown) {
      const abs = pinned(p);
      return abs ? files.has(abs) || dirs.has(abs) : saved.existsSync(p as string);
    },
    readdirSync(this: unknown, p: unknown, options?: unknown) {
      const abs = pinned(p);
      const plain = options === undefined || options === "utf8" || (typeof options === "object" && options !== null && !("withFileTypes" in options) && !("recursive" in options));
      if (abs && plain && dirs.has(abs)) return dirs.get(abs)!.slice();
      return (saved.readdirSync as (...a: unknown[]) => unknown)(p, options);
    },
  };
  Object.assign(fs, patched);
  return () => { Object.assign(fs, saved); };
}
