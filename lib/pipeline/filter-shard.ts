import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors/workshop-error";
import { readJsonl, type JsonlLine } from "../sources/read-jsonl";
import { readCompletion, taskPaths } from "./completion-record";
import { dropCounter } from "./drop-counter";
import { partWriter } from "./part-writer";
import type { TaskContext, TaskResult } from "./task-context";

async function* linesOf(path: string): AsyncGenerator<JsonlLine> {
  if (statSync(path).size > 0) yield* readJsonl(path);
}

/**
 * Stage 3, one task per shard: drops the documents the reduce marked for this shard
 * and writes the final part `out/final/part-<i>-of-<N>.jsonl.gz`, one gzip member per
 * input file, so the parts read in shard order are byte for byte the same for any N.
 *
 * @example
 * await filterShard({ runDir, manifest, shard: 1, of: 2 });
 */
export async function filterShard(ctx: TaskContext): Promise<TaskResult> {
  const { runDir, manifest, shard, of } = ctx;
  const paths = taskPaths(runDir, "filter", shard, of);
  const mapPart = taskPaths(runDir, "map", shard, of).part("map");
  const dedupPart = paths.part("dedup");
  const drop = new Map<string, string>();
  for await (const l of linesOf(dedupPart)) {
    if (!l.ok) throw new InputError(`${dedupPart}: ${(l as { error: string }).error}.`, "Rerun the dedup stage.");
    const v = l.value as { key: string; reason: string };
    drop.set(v.key, v.reason);
  }
  const sha = (stage: "map" | "dedup", p: string) => readCompletion(runDir, stage, 0 + (stage === "map" ? shard : 0))?.outputs.find((o) => p.endsWith(o.path))?.sha256 ?? "";
  const out = partWriter(paths.part("final"));
  const drops = dropCounter();
  const mine = manifest.inputs.filter((f) => f.shard === shard);
  const lines = linesOf(mapPart);
  let next = await lines.next();
  let docsIn = 0, docsOut = 0;
  const statsOfMap = taskPaths(runDir, "map", shard, of).stats;
  const expected = (JSON.parse(readFileSync(statsOfMap, "utf8")) as { docsOut: number }).docsOut;
  for (const f of mine) {
    await out.member();
    while (!next.done) {
      const l = next.value;
      if (!l.ok) throw new InputError(`${mapPart}: ${(l as { error: string }).error}.`, `Rerun map shard ${shard}.`);
      const doc = l.value as { metadata: { source: string; record: number } };
      if (doc.metadata.source !== f.path) break;
      docsIn++;
      const key = `${doc.metadata.source}#${doc.metadata.record}`;
      const why = drop.get(key);
      if (why) drops.add(f.path, why);
      else { docsOut++; await out.write(JSON.stringify(doc)); }
      next = await lines.next();
      if (docsIn % 1000 === 0) ctx.onProgress?.({ done: docsIn, total: expected, docs: docsIn });
    }
  }
  const outputs = [await out.close()];
  ctx.onProgress?.({ done: docsIn, total: docsIn, docs: docsIn });
  return { inputs: [{ path: mapPart, sha256: sha("map", mapPart) }, { path: dedupPart, sha256: sha("dedup", dedupPart) }], outputs, docsIn, docsOut, bytesIn: 0, drops: drops.list() };
}
