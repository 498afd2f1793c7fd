// npm run curate -- <config> [--shards N] [--workers W]     plan, then run every stage locally
// npm run curate -- <config> plan [--shards N]              write the run manifest only (before a cluster launch)
// npm run curate -- <config> worker --stage S [--shard i]    one task (i also from SLURM_ARRAY_TASK_ID,
//                                                           JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX)
// npm run curate -- worker --run <run folder> --stage S [--shard i]
// npm run curate -- <config> status                         which tasks are done
import { MultiBar, Presets } from "cli-progress";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { completionMatches, STAGES, type Stage } from "../lib/pipeline/completion-record";
import { readPipelineConfig } from "../lib/pipeline/pipeline-config";
import { runLocal, type LocalRunEvent } from "../lib/pipeline/run-local";
import { manifestHash, planRun, readRunManifest } from "../lib/pipeline/run-manifest";
import { runTask } from "../lib/pipeline/run-task";
import { shardIndex } from "../lib/pipeline/shard-index";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { shards: { type: "string" }, workers: { type: "string" }, stage: { type: "string" }, shard: { type: "string" }, run: { type: "string" } },
});
const [configPath, command = "run"] = positionals[0] === "worker" ? [undefined, "worker"] : positionals;

async function worker(): Promise<void> {
  const runDir = values.run ?? readPipelineConfig(configPath!).output;
  const stage = (values.stage ?? "map") as Stage;
  const shard = shardIndex(values.shard, process.env, stage === "dedup" || stage === "finalize" ? 0 : undefined);
  try {
    const r = await runTask(runDir, stage, shard, { onProgress: (progress) => process.send?.({ type: "progress", progress }) });
    console.log(`${stage} ${shard}: ${r.status}${r.status === "done" ? ` (${r.docsIn} in, ${r.docsOut} out)` : " (completion record matches the manifest)"}`);
  } catch (err) {
    const message = (err as Error).message;
    process.send?.({ type: "error", message });
    console.error(`${stage} ${shard} failed: ${message}`);
    process.exitCode = 1;
  }
}

async function run(): Promise<void> {
  const config = readPipelineConfig(configPath!);
  const plan = await planRun(config, { shards: values.shards ? Number(values.shards) : undefined });
  console.log(`${plan.kept ? "Run manifest unchanged" : plan.replaced ? "Run manifest REPLACED (inputs, config or code changed): every task runs again" : "Run manifest written"}: ${plan.path}` +
    ` (${plan.manifest.inputs.length} inputs, ${plan.manifest.shards} shards)`);
  if (command === "plan") return;
  const bars = new MultiBar({ format: "{stage} {shard} [{bar}] {percentage}% | {docs} docs | {status}", stream: process.stderr, hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
  const live = new Map<string, ReturnType<MultiBar["create"]>>();
  const docs = new Map<string, number>();
  const onEvent = (e: LocalRunEvent) => {
    const id = `${e.stage} ${e.shard}`;
    const name = { stage: e.stage.padEnd(8), shard: `${e.shard}/${e.of}`.padEnd(6) };
    if (e.type === "start") live.set(id, bars.create(1, 0, { ...name, docs: 0, status: "running" }));
    if (e.type === "progress") {
      docs.set(id, e.progress.docs);
      live.get(id)?.setTotal(Math.max(1, e.progress.total));
      live.get(id)?.update(e.progress.done, { ...name, docs: e.progress.docs, status: "running" });
    }
    if (e.type === "end") {
      const bar = live.get(id) ?? bars.create(1, 0, { ...name, docs: 0, status: "" });
      const payload = { ...name, docs: docs.get(id) ?? 0 };
      if (e.status === "failed") bar.update({ ...payload, status: `FAILED: ${e.reason}` });
      else bar.update(bar.getTotal(), { ...payload, status: e.status });
    }
  };
  const r = await runLocal(config.output, { workers: values.workers ? Number(values.workers) : undefined, onEvent });
  bars.stop();
  console.log(`${r.ran.length} tasks ran, ${r.skipped.length} skipped (completion record matched), ${r.failed.length} failed.`);
  for (const f of r.failed) console.log(`  FAILED ${f.stage} ${f.shard}: ${f.reason}`);
  if (!r.ok) { console.log("Rerun the same command: only the failed tasks (and the stages after them) run again."); process.exitCode = 1; return; }
  console.log(readFileSync(join(config.output, "dataset", "report.md"), "utf8"));
  console.log(`Dataset: ${join(config.output, "dataset")} (manifest.json, card.md, report.md)`);
}

function status(): void {
  const runDir = readPipelineConfig(configPath!).output;
  const m = readRunManifest(runDir);
  const hash = manifestHash(m);
  for (const stage of STAGES) {
    const of = stage === "map" || stage === "filter" ? m.shards : 1;
    const done = Array.from({ length: of }, (_, s) => s).filter((s) => completionMatches(runDir, stage, s, of, hash));
    console.log(`${stage}: ${done.length}/${of} done`);
  }
}

if (!configPath && command !== "worker") {
  console.error("Usage: npm run curate -- <config.yaml> [plan|worker|status] [--shards N] [--workers W] [--stage S --shard i]");
  process.exitCode = 2;
} else if (command === "worker") worker();
else if (command === "status") status();
else run().catch((err) => { console.error((err as Error).message); process.exitCode = 1; });
