import { closeSync, openSync, readSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { estimateJaccard } from "../curation/min-hash";
import { InputError } from "../errors/workshop-error";
import { readJsonl } from "../sources/read-jsonl";
import { readCompletion, taskPaths } from "./completion-record";
import { dropCounter } from "./drop-counter";
import { partWriter } from "./part-writer";
import type { TaskContext, TaskResult } from "./task-context";

const BANDS = 32, ROWS = 4, HASHES = BANDS * ROWS, SIG_BYTES = HASHES * 4;

/** A 53-bit key for one band of a signature (two 32-bit mixes of its four values and the band number). */
function bandKey(sig: Uint32Array, band: number): number {
  let a = 0x9e3779b9 ^ band, b = 0x85ebca6b + band;
  for (let r = band * ROWS; r < band * ROWS + ROWS; r++) {
    a = Math.imul(a ^ sig[r], 0xcc9e2d51); a = (a << 15) | (a >>> 17);
    b = Math.imul(b ^ sig[r], 0x1b873593); b = (b << 13) | (b >>> 19);
  }
  a ^= a >>> 16; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13;
  return (a >>> 0) * 2097152 + ((b >>> 0) >>> 11);
}

/**
 * Stage 2, one task: the cross-shard reduce of datatrove-style MinHash dedup. Reads
 * every shard's signatures in shard order (= the global document order, whatever the
 * shard count), drops exact duplicates (same content hash) and near duplicates: two
 * documents sharing a band of 4 MinHash rows (32 bands, as findTextIssues) whose
 * estimated Jaccard similarity is at least `dedup.similarity` are joined; of each
 * joined cluster the first document in global order stays. Every decision depends on
 * that order only, so 1, 2 or 4 shards drop the same documents. Memory: one Map of
 * band keys for a few bands at a time; the signatures wait in a temporary file.
 * Writes `out/dedup/part-<i>-of-<N>.jsonl.gz`: the keys shard i must drop, and why.
 *
 * @example
 * await dedupReduce({ runDir, manifest, shard: 0, of: 1 });
 */
export async function dedupReduce(ctx: TaskContext): Promise<TaskResult> {
  const { runDir, manifest } = ctx;
  const N = manifest.shards;
  const { exact, near, similarity } = manifest.config.dedup;
  const keys: string[] = [];
  const shardOf: number[] = [];
  const hasSig: boolean[] = [];
  const firstByHash = new Map<string, number>();
  const dropOf = new Map<number, { reason: string; of: number }>();
  const sigFile = join(runDir, "out", `.signatures.${process.pid}.bin`);
  const fd = openSync(sigFile, "w+");
  const inputs: { path: string; sha256: string }[] = [];
  try {
    for (let s = 0; s < N; s++) {
      const path = taskPaths(runDir, "map", s, N).part("signatures");
      const rec = readCompletion(runDir, "map", s);
      inputs.push({ path, sha256: rec?.outputs.find((o) => path.endsWith(o.path))?.sha256 ?? "" });
      if (statSync(path).size === 0) continue;
      for await (const line of readJsonl(path)) {
        if (!line.ok) throw new InputError(`Signatures of shard ${s}: ${(line as { error: string }).error}.`, "Rerun map shard " + s + " (remove its _done record), then the reduce.");
        const v = line.value as { k: string; h: string; s: string | null };
        const i = keys.length;
        keys.push(v.k); shardOf.push(s); hasSig.push(false);
        const first = firstByHash.get(v.h);
        if (exact && first !== undefined) { dropOf.set(i, { reason: "exactDuplicate", of: first }); continue; }
        if (first === undefined) firstByHash.set(v.h, i);
        if (v.s) { writeSync(fd, Buffer.from(v.s, "base64"), 0, SIG_BYTES, i * SIG_BYTES); hasSig[i] = true; }
      }
      ctx.onProgress?.({ done: s + 1, total: N + 1, docs: keys.length });
    }
    firstByHash.clear();
    const n = keys.length;
    const parent = new Int32Array(n).map((_, i) => i);
    const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; };
    if (near && n > 0) {
      const perPass = Math.max(1, Math.min(BANDS, Math.floor(4_000_000 / n)));
      const sig = new Uint32Array(HASHES), other = new Uint32Array(HASHES);
      const read = (i: number, into: Uint32Array) => readSync(fd, new Uint8Array(into.buffer), 0, SIG_BYTES, i * SIG_BYTES);
      for (let band0 = 0; band0 < BANDS; band0 += perPass) {
        const firstInBucket = new Map<number, number>();
        for (let i = 0; i < n; i++) {
          if (!hasSig[i]) continue;
          read(i, sig);
          for (let band = band0; band < Math.min(BANDS, band0 + perPass); band++) {
            const key = bandKey(sig, band);
            const j = firstInBucket.get(key);
            if (j === undefined) { firstInBucket.set(key, i); continue; }
            const [ri, rj] = [find(i), find(j)];
            if (ri === rj) continue;
            read(j, other);
            if (estimateJaccard(sig, other) < similarity) continue;
            if (ri < rj) parent[rj] = ri; else parent[ri] = rj;
          }
        }
      }
      for (let i = 0; i < n; i++) if (hasSig[i] && find(i) !== i) dropOf.set(i, { reason: "nearDuplicate", of: find(i) });
    }
    const drops = dropCounter();
    const writers = Array.from({ length: N }, (_, s) => partWriter(taskPaths(runDir, "dedup", s, N).part("dedup")));
    for (const w of writers) await w.member();
    for (const i of [...dropOf.keys()].sort((a, b) => a - b)) {
      const d = dropOf.get(i)!;
      const source = keys[i].slice(0, keys[i].lastIndexOf("#"));
      drops.add(source, d.reason);
      await writers[shardOf[i]].write(JSON.stringify({ key: keys[i], source, stage: "dedup", reason: d.reason, of: keys[d.of] }));
    }
    const outputs = [];
    for (const w of writers) outputs.push(await w.close());
    ctx.onProgress?.({ done: N + 1, total: N + 1, docs: n });
    return { inputs, outputs, docsIn: n, docsOut: n - dropOf.size, bytesIn: 0, drops: drops.list() };
  } finally {
    closeSync(fd);
    rmSync(sigFile, { force: true });
  }
}
