import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { InputError } from "../errors/workshop-error";

/** One line of a JSON Lines file: its value, or why it could not be read. */
export type JsonlLine = { line: number; ok: true; value: unknown } | { line: number; ok: false; error: string };

/** Options for {@link readJsonl}. */
export interface ReadJsonlOptions {
  /** Stop after this many lines. Default: all. */
  limit?: number;
}

/**
 * Streams a JSON Lines file, gzip-compressed when its name ends in .gz (as MADLAD-400
 * and most web corpora ship), one line at a time in constant memory. A line that is
 * not JSON becomes an error item with its line number, and reading goes on; a gzip
 * stream cut short ends with one last error item saying so.
 *
 * @example
 * for await (const l of readJsonl("data/sources/fixtures/madlad/data/de/de_clean_0000.jsonl.gz")) if (l.ok) docs.push(l.value);
 */
export async function* readJsonl(path: string, options: ReadJsonlOptions = {}): AsyncGenerator<JsonlLine> {
  const { limit = Infinity } = options;
  if (!existsSync(path)) throw new InputError(`No file at '${path}'.`, "Check the path and the language folder name (e.g. data/de/).");
  const raw = createReadStream(path);
  const input = path.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  let broken: string | undefined;
  input.on("error", (err: Error) => { broken = err.message; });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of lines) {
      n++;
      if (!text.trim()) continue;
      try {
        yield { line: n, ok: true, value: JSON.parse(text) };
      } catch (err) {
        yield { line: n, ok: false, error: `line ${n} is not JSON: ${(err as Error).message}` };
      }
      if (n >= limit) break;
    }
  } catch (err) {
    broken ??= (err as Error).message;
  } finally {
    lines.close();
    raw.destroy();
  }
  if (broken) yield { line: n + 1, ok: false, error: `the file ends early (${broken}): it was cut short; download it again` };
}
