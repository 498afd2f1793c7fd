import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

let cached: string | undefined;

/**
 * The workshop's root folder (the one holding package.json and lib/index.ts), found
 * by walking up from this file, so it is right whatever the working directory.
 *
 * @example
 * join(projectRoot(), "data", "SOURCES.md")
 */
export function projectRoot(): string {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "lib", "index.ts"))) return (cached = dir);
    if (dirname(dir) === dir) throw new Error(`No workshop root (package.json + lib/index.ts) above ${__dirname}.`);
  }
}
