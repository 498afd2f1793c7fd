import type * as DuckDB from "@duckdb/node-api";
import type { DuckDBInstance } from "@duckdb/node-api";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const duckdb = lazyModule<typeof DuckDB>(() => require("@duckdb/node-api"));

/** BigInts that fit become numbers, dates ISO strings; everything else as DuckDB gives it. */
function plainValue(v: unknown): unknown {
  if (typeof v === "bigint") return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(-Number.MAX_SAFE_INTEGER) ? Number(v) : String(v);
  if (v instanceof Date) return v.toISOString();
  return v;
}

let instance: Promise<DuckDBInstance> | undefined;

/**
 * Runs one SQL query with DuckDB (in memory, offline; `read_parquet`, `read_csv` and
 * `read_json_auto` read files directly) and returns the rows as plain objects.
 * 64-bit integers come back as numbers when they fit, timestamps as ISO strings.
 * A bad query fails with DuckDB's message.
 *
 * @example
 * await queryFiles(`SELECT content_languages, count(*) AS pages
 *   FROM read_parquet('data/sources/fixtures/cc/index.parquet') GROUP BY 1 ORDER BY 2 DESC`);
 */
export async function queryFiles(sql: string): Promise<Record<string, unknown>[]> {
  if (typeof sql !== "string" || !sql.trim()) throw new InputError(`Expected an SQL query, got ${JSON.stringify(sql)}.`, "Pass a SELECT statement as a string.");
  instance ??= duckdb.DuckDBInstance.create(":memory:");
  const connection = await (await instance).connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)])));
  } catch (err) {
    throw new InputError(`DuckDB could not run the query: ${(err as Error).message}`, "Check the column names with DESCRIBE SELECT * FROM read_parquet('…').");
  } finally {
    connection.closeSync();
  }
}
