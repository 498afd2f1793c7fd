import { createHash } from "node:crypto";
import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createGzip, type Gzip } from "node:zlib";

/** A finished output file: its path, size and SHA-256. */
export interface WrittenFile { path: string; bytes: number; sha256: string }

/** An output part being written; nothing is visible at `path` until `close()`. */
export interface PartWriter {
  /** Starts a new gzip member (one per input file, so parts concatenate to the same bytes for any shard count). */
  member(): Promise<void>;
  write(line: string): Promise<void>;
  close(): Promise<WrittenFile>;
}

/**
 * Opens a .jsonl.gz output part for streaming: lines go through gzip into a temporary
 * file in the same folder, renamed into place by `close()` — a worker killed half way
 * leaves only a dot-file that no reader looks at. Each `member()` starts a new gzip
 * member; a part with no member is an empty file.
 *
 * @example
 * const w = partWriter("out/run/out/final/part-0-of-2.jsonl.gz");
 * await w.member(); await w.write(JSON.stringify(doc)); const { sha256 } = await w.close();
 */
export function partWriter(path: string): PartWriter {
  mkdirSync(dirname(path), { recursive: true });
  // A worker killed before its rename leaves a temporary file; the rewrite removes it.
  for (const f of readdirSync(dirname(path))) if (f.startsWith(`.${basename(path)}.`) && f.endsWith(".tmp")) rmSync(join(dirname(path), f), { force: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file: WriteStream = createWriteStream(temp);
  const hash = createHash("sha256");
  let bytes = 0;
  let gzip: Gzip | null = null;
  let ended: Promise<void> = Promise.resolve();
  const endMember = () => {
    if (!gzip) return;
    const g = gzip;
    gzip = null;
    const done = new Promise<void>((res, rej) => { g.on("end", () => res()); g.on("error", rej); });
    g.end();
    ended = ended.then(() => done);
  };
  return {
    async member() {
      endMember();
      await ended;
      const g = createGzip({ level: 6 });
      g.on("data", (chunk: Buffer) => { hash.update(chunk); bytes += chunk.length; if (!file.write(chunk)) { g.pause(); file.once("drain", () => g.resume()); } });
      gzip = g;
    },
    async write(line: string) {
      if (!gzip) await this.member();
      if (!gzip!.write(line + "\n")) await new Promise<void>((res) => gzip!.once("drain", () => res()));
    },
    async close() {
      endMember();
      await ended;
      await new Promise<void>((res, rej) => { file.on("error", rej); file.end(() => res()); });
      renameSync(temp, path);
      return { path, bytes, sha256: hash.digest("hex") };
    },
  };
}
