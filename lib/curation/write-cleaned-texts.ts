import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../errors/workshop-error";

export interface WriteCleanedTextsOptions {
  /** Flags that drop a document (default: every flag). */
  drop?: string[];
}

/**
 * Writes the documents whose rows carry none of the `drop` flags to `outFile` as JSON
 * Lines (`{"id", "text"}` per line), and `<outFile>.manifest.json` with the dropped ids
 * and their flags. Each file is written to a temporary name and renamed into place.
 *
 * @example
 * const rows = findTextIssues(docs);
 * writeCleanedTexts(docs, rows, "out/curation/clean-texts.jsonl").kept; // 110
 */
export function writeCleanedTexts(
  docs: { id: string; text: string }[],
  rows: { id: string; ok: boolean; flags: string[] }[],
  outFile: string,
  options: WriteCleanedTextsOptions = {},
): { outFile: string; kept: number; dropped: { id: string; flags: string[] }[] } {
  if (docs.length !== rows.length) {
    throw new InputError(`Expected one row per document, got ${rows.length} rows for ${docs.length} documents.`, "Pass the rows findTextIssues returned for these same documents.");
  }
  const { drop } = options;
  const dropping = (flags: string[]) => (drop ? flags.some((f) => drop.includes(f)) : flags.length > 0);
  const lines: string[] = [];
  const dropped: { id: string; flags: string[] }[] = [];
  docs.forEach((d, i) => {
    if (!rows[i].ok || dropping(rows[i].flags)) dropped.push({ id: rows[i].id, flags: rows[i].flags });
    else lines.push(JSON.stringify({ id: d.id, text: d.text }));
  });
  const target = resolve(outFile);
  mkdirSync(dirname(target), { recursive: true });
  const write = (path: string, body: string) => {
    writeFileSync(`${path}.partial-${process.pid}`, body);
    renameSync(`${path}.partial-${process.pid}`, path);
  };
  write(target, lines.join("\n") + (lines.length ? "\n" : ""));
  write(`${target}.manifest.json`, JSON.stringify({ kept: lines.length, dropped }, null, 1) + "\n");
  return { outFile, kept: lines.length, dropped };
}
