import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));

const COLUMNS = ["client_id", "path", "sentence", "up_votes", "down_votes", "age", "gender", "accents", "variant", "locale", "segment"];

/**
 * Reads a Common Voice TSV (validated.tsv, train.tsv, ...) into a table: votes as
 * numbers, blank demographic fields as null (speakers choose whether to give them),
 * `path` resolved to the clip in the `clips/` folder beside the TSV, and `status`
 * "ok" or what is wrong with the row (a missing clip, a wrong number of fields).
 * Column order is read from the header, so older releases (accent, no variant) work.
 *
 * @example
 * const cv = readCommonVoice("data/sources/fixtures/common-voice/en/validated.tsv");
 * cv.groupby("accents").count()
 */
export function readCommonVoice(tsvPath: string): Arquero.ColumnTable {
  if (!existsSync(tsvPath)) throw new InputError(`No file at '${tsvPath}'.`, "Pass a Common Voice TSV such as <locale>/validated.tsv.");
  const [head, ...lines] = readFileSync(tsvPath, "utf8").split("\n").filter((l) => l.length);
  const names = (head ?? "").split("\t");
  if (!names.includes("client_id") || !names.includes("path")) {
    throw new InputError(`'${tsvPath}' has no Common Voice header (columns ${COLUMNS.join(", ")}), got '${(head ?? "").slice(0, 80)}'.`, "Pass a TSV from a Common Voice release.");
  }
  const clips = join(dirname(tsvPath), "clips");
  const rows = lines.map((line) => {
    const cells = line.split("\t");
    const row: Record<string, unknown> = Object.fromEntries(names.map((n, i) => [n, cells[i] === undefined || cells[i] === "" ? null : cells[i]]));
    for (const n of ["up_votes", "down_votes"]) if (row[n] !== null && row[n] !== undefined) row[n] = Number(row[n]);
    row.path = row.path ? join(clips, String(row.path)) : null;
    row.status = cells.length !== names.length ? `expected ${names.length} fields, got ${cells.length}` : !row.path || !existsSync(String(row.path)) ? "clip missing" : "ok";
    return row;
  });
  return aq.from(rows);
}
