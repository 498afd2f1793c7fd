import { statSync } from "node:fs";
import { InputError } from "../errors/workshop-error";
import { curateDocument } from "./curate-document";
import { dropCounter } from "./drop-counter";
import { fileSha256 } from "./file-sha256";
import { partWriter } from "./part-writer";
import { readDocuments } from "./read-documents";
import { taskPaths } from "./completion-record";
import type { TaskContext, TaskResult } from "./task-context";

/**
 * Stage 1, one task per shard: reads only this shard's input files (checked against
 * the manifest's bytes and SHA-256), runs curateDocument on every document, and writes
 * `out/map/` (kept documents), `out/signatures/` (content hash and MinHash signature of
 * each, for the cross-shard reduce) and `out/dropped/` (key and reason of each drop).
 *
 * @example
 * await mapShard({ runDir, manifest, shard: 0, of: 2 });
 */
export async function mapShard(ctx: TaskContext): Promise<TaskResult> {
  const { runDir, manifest, shard, of } = ctx;
  const config = { ...manifest.config, output: runDir, shards: of };
  const mine = manifest.inputs.filter((f) => f.shard === shard);
  const total = mine.reduce((n, f) => n + f.bytes, 0);
  for (const f of mine) {
    const bytes = statSync(f.path, { throwIfNoEntry: false })?.size;
    if (bytes !== f.bytes || (await fileSha256(f.path)) !== f.sha256) {
      throw new InputError(`Input '${f.path}' changed since the run was planned (${bytes ?? "missing"} bytes, manifest says ${f.bytes}).`, "Plan the run again (npm run curate -- <config> plan) so the manifest pins the files as they are.");
    }
  }
  const paths = taskPaths(runDir, "map", shard, of);
  const out = partWriter(paths.part("map"));
  const sigs = partWriter(paths.part("signatures"));
  const dropped = partWriter(paths.part("dropped"));
  const drops = dropCounter();
  let docsIn = 0, docsOut = 0, done = 0;
  for (const f of mine) {
    await Promise.all([out.member(), sigs.member(), dropped.member()]);
    for await (const doc of readDocuments(f.path, { textField: f.textField ?? config.textField, idField: f.idField ?? config.idField, language: f.language, licence: f.licence })) {
      docsIn++;
      const r = curateDocument(doc, config);
      if (r.kept === true) {
        docsOut++;
        await out.write(JSON.stringify(r.line));
        const s = r.signature ? Buffer.from(r.signature.buffer, r.signature.byteOffset, r.signature.byteLength).toString("base64") : null;
        await sigs.write(JSON.stringify({ k: doc.key, h: r.hash, s }));
      } else {
        const d = r as { reason: string; flags: string[] };
        drops.add(f.path, d.reason);
        await dropped.write(JSON.stringify({ key: doc.key, id: doc.id, source: f.path, stage: "map", reason: d.reason, flags: d.flags }));
      }
      if (docsIn % 500 === 0) ctx.onProgress?.({ done, total, docs: docsIn });
    }
    done += f.bytes;
    ctx.onProgress?.({ done, total, docs: docsIn });
  }
  const outputs = [await out.close(), await sigs.close(), await dropped.close()];
  return { inputs: mine.map((f) => ({ path: f.path, sha256: f.sha256 })), outputs, docsIn, docsOut, bytesIn: total, drops: drops.list() };
}
