import { existsSync, statSync } from "node:fs";
import { queryFiles } from "../sources/query-files";
import { taskPaths } from "./completion-record";

/** "What was dropped and why": the run's counts, by reason and by source. */
export interface RunSummary {
  docsIn: number;
  docsKept: number;
  byReason: { stage: string; reason: string; docs: number; share: number; example: string }[];
  bySource: { source: string; reason: string; docs: number }[];
  markdown: string;
}

const sqlList = (paths: string[]) => `[${paths.map((p) => `'${p.replace(/'/g, "''")}'`).join(", ")}]`;

/**
 * Summarises a finished run with DuckDB over its stats files (drops by stage, reason
 * and source) and its drop lists (the first dropped key of each reason, as an example
 * to look at). Nothing in it depends on the shard count or on timings.
 *
 * @example
 * (await summarizeRun("out/curate/fixtures", 2)).byReason[0] // { stage: "map", reason: "gibberish", docs: 3, share: 0.05, example: "…#4" }
 */
export async function summarizeRun(runDir: string, shards: number): Promise<RunSummary> {
  const stats: string[] = [taskPaths(runDir, "dedup", 0, 1).stats];
  const dropLists: string[] = [];
  for (let s = 0; s < shards; s++) {
    const p = taskPaths(runDir, "map", s, shards);
    stats.push(p.stats);
    for (const part of [p.part("dropped"), taskPaths(runDir, "dedup", s, shards).part("dedup")]) if (existsSync(part) && statSync(part).size > 0) dropLists.push(part);
  }
  const columns = `columns={stage: 'VARCHAR', docsIn: 'BIGINT', docsOut: 'BIGINT', drops: 'STRUCT(source VARCHAR, reason VARCHAR, count BIGINT)[]'}`;
  const from = `(SELECT stage, unnest(drops) AS d FROM read_json(${sqlList(stats)}, ${columns}))`;
  const [{ docsIn }] = await queryFiles(`SELECT sum(docsIn) AS docsIn FROM read_json(${sqlList(stats.slice(1))}, ${columns})`) as { docsIn: number }[];
  const examples = dropLists.length
    ? await queryFiles(`SELECT reason, min(key) AS example FROM read_json(${sqlList(dropLists)}, columns={key: 'VARCHAR', reason: 'VARCHAR'}, format='newline_delimited') GROUP BY reason`)
    : [];
  const exampleOf = new Map(examples.map((e) => [String(e.reason), String(e.example)]));
  const byReason = (await queryFiles(`SELECT stage, d.reason AS reason, sum(d.count) AS docs FROM ${from} GROUP BY ALL ORDER BY docs DESC, stage, reason`))
    .map((r) => ({ stage: String(r.stage), reason: String(r.reason), docs: Number(r.docs), share: docsIn ? Math.round((Number(r.docs) / docsIn) * 10000) / 10000 : 0, example: exampleOf.get(String(r.reason)) ?? "" }));
  const bySource = (await queryFiles(`SELECT d.source AS source, d.reason AS reason, sum(d.count) AS docs FROM ${from} GROUP BY ALL ORDER BY source, docs DESC, reason`))
    .map((r) => ({ source: String(r.source), reason: String(r.reason), docs: Number(r.docs) }));
  const dropped = byReason.reduce((n, r) => n + r.docs, 0);
  const docsKept = (docsIn ?? 0) - dropped;
  const md = [
    `# What was dropped and why`, ``,
    `${docsIn} documents read, ${docsKept} kept, ${dropped} dropped.`, ``,
    `| stage | reason | documents | share of input | first example |`, `| --- | --- | ---: | ---: | --- |`,
    ...byReason.map((r) => `| ${r.stage} | ${r.reason} | ${r.docs} | ${(r.share * 100).toFixed(2)} % | \`${r.example}\` |`), ``,
    `## By source`, ``, `| source | reason | documents |`, `| --- | --- | ---: |`,
    ...bySource.map((r) => `| ${r.source} | ${r.reason} | ${r.docs} |`), ``,
  ].join("\n");
  return { docsIn: docsIn ?? 0, docsKept, byReason, bySource, markdown: md };
}
