import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import type * as Hyparquet from "hyparquet";
import type * as HyparquetCompressors from "hyparquet-compressors";
import { InputError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));
const hyparquet = lazyModule<typeof Hyparquet>(() => require("hyparquet"));
const hyparquetCompressors = lazyModule<typeof HyparquetCompressors>(() => require("hyparquet-compressors"));

/** Options for {@link readParquet}. */
export interface ReadParquetOptions {
  /** Only these columns. Default: all. */
  columns?: string[];
  /** Read at most this many rows. Default: all. */
  limit?: number;
}

/**
 * Reads a Parquet file into an Arquero table with hyparquet (pure JavaScript; the
 * compressors package adds gzip, zstd, brotli and LZ4 to hyparquet's own snappy).
 * BigInt values that fit in a double become numbers, so the table works with Plot.
 * A file that is not Parquet, or is cut short, fails with the reason.
 *
 * @example
 * const laion = await readParquet("data/sources/fixtures/laion/part-00000.parquet");
 * laion.columnNames() // ["SAMPLE_ID", "URL", "TEXT", "HEIGHT", "WIDTH", "LICENSE", "NSFW", "similarity"]
 */
export async function readParquet(path: string, options: ReadParquetOptions = {}): Promise<Arquero.ColumnTable> {
  const { columns, limit } = options;
  if (!existsSync(path)) throw new InputError(`No file at '${path}'.`, "Check the path; fixtures live under data/sources/fixtures/.");
  let rows: Record<string, unknown>[];
  // hyparquet reads byte ranges on demand (footer first, then only the column chunks asked
  // for). Its own asyncBufferFromFile is typed only under Node's "exports" resolution,
  // which tslab's compiler (moduleResolution node10) does not see, so the file is wrapped here.
  const fd = openSync(path, "r");
  const file = {
    byteLength: statSync(path).size,
    slice(start: number, end = statSync(path).size): ArrayBuffer {
      const b = Buffer.alloc(Math.max(0, end - start));
      readSync(fd, b, 0, b.length, start);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
    },
  };
  try {
    const metadata = await hyparquet.parquetMetadataAsync(file);
    rows = await hyparquet.parquetReadObjects({ file, metadata, compressors: hyparquetCompressors.compressors, columns, rowEnd: limit });
  } catch (err) {
    throw new InputError(`'${path}' could not be read as Parquet: ${(err as Error).message}.`,
      "A Parquet file ends with the magic bytes PAR1 after its footer; a download that was cut short has none. Download it again.");
  } finally {
    closeSync(fd);
  }
  const plain = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) =>
    [k, typeof v === "bigint" && v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(-Number.MAX_SAFE_INTEGER) ? Number(v) : v])));
  return aq.from(plain);
}
