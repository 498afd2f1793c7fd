import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";

/**
 * Writes a file all at once or not at all: to a temporary name in the same
 * folder, then renamed over the target. Creates the folder if needed.
 *
 * @example
 * writeFileAtomic("out/crawl/pages.jsonl", lines.join("\n"));
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, data);
  renameSync(temp, path);
}
