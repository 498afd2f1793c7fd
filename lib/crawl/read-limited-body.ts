import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";

/** Options for {@link readLimitedBody}. */
export interface ReadLimitedBodyOptions {
  /** Content-Encoding of the stream: "gzip", "br", "deflate" or none. Default "". */
  encoding?: string;
  /** Largest body kept, counted AFTER decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Keep the first `maxBytes` and stop instead of failing. Default false. */
  truncate?: boolean;
}

/** A body read with its limits applied. */
export interface LimitedBody {
  body: Buffer;
  truncated: boolean;
}

/**
 * Reads a response body into memory without ever holding more than `maxBytes`
 * of it: it decompresses gzip/br/deflate on the fly and counts the decompressed
 * bytes, so a small "gzip bomb" is stopped as soon as it expands past the limit.
 * Fails with an error whose `code` is "too-large" (or "decompression" for a
 * broken stream); the source stream is destroyed either way.
 *
 * @example
 * const { body } = await readLimitedBody(res.body, { encoding: "gzip", maxBytes: 1 << 20 });
 */
export async function readLimitedBody(source: Readable, options: ReadLimitedBodyOptions = {}): Promise<LimitedBody> {
  const { encoding = "", maxBytes = 5 * 1024 * 1024, truncate = false } = options;
  const enc = encoding.trim().toLowerCase();
  const decoder = enc === "gzip" || enc === "x-gzip" ? createGunzip() : enc === "br" ? createBrotliDecompress() : enc === "deflate" ? createInflate() : null;
  const stream: Readable = decoder ? source.pipe(decoder) : source;
  source.on("error", (err) => decoder?.destroy(err)); // also keeps a late abort from going unhandled
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      if (size + buf.length > maxBytes) {
        if (truncate) {
          chunks.push(buf.subarray(0, maxBytes - size));
          return { body: Buffer.concat(chunks), truncated: true };
        }
        const where = decoder ? ` after ${enc} decompression` : "";
        throw Object.assign(new Error(`Body is larger than ${maxBytes} bytes${where}.`), { code: "too-large" });
      }
      chunks.push(buf);
      size += buf.length;
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "too-large" || !decoder || !String(e.code ?? "").startsWith("Z_")) throw err;
    throw Object.assign(new Error(`Could not decompress the ${enc} body: ${e.message}`), { code: "decompression" });
  } finally {
    source.destroy();
    decoder?.destroy();
  }
  return { body: Buffer.concat(chunks), truncated: false };
}
