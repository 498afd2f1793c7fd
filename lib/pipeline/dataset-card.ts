import type { RunManifest } from "./run-manifest";
import type { RunSummary } from "./summarize-run";

/**
 * A datasheet-style card (after Gebru et al., "Datasheets for Datasets", arXiv
 * 1803.09010) for a curated run, filled in from the manifest and the summary: sources
 * with checksums, languages and licences, every step with its settings, what was
 * dropped, how to reproduce it. Questions the pipeline cannot answer are left as
 * questions for the curator.
 *
 * @example
 * writeFileSync("card.md", datasetCard(manifest, summary, { docs: 120, sha256 }));
 */
export function datasetCard(manifest: RunManifest, summary: RunSummary, data: { docs: number; sha256: string }): string {
  const c = manifest.config;
  const langs = [...new Set(manifest.inputs.map((i) => i.language ?? "(from the records)"))].sort();
  const licences = [...new Set(manifest.inputs.map((i) => i.licence ?? "not stated: check before use"))].sort();
  return [
    `# Dataset card`, ``,
    `## Composition`,
    `- ${data.docs} documents (JSON Lines, gzip; one object per line: \`id\`, \`text\`, \`metadata\`), SHA-256 of the parts concatenated in shard order: \`${data.sha256}\`.`,
    `- From ${summary.docsIn} documents in ${manifest.inputs.length} input files; languages: ${langs.join(", ")}.`,
    `- Each document keeps its source file and record number (\`metadata.source\`, \`metadata.record\`), its quality scores, LLM markers and PII counts.`, ``,
    `## Sources`, ``, `| file | bytes | SHA-256 | language | licence |`, `| --- | ---: | --- | --- | --- |`,
    ...manifest.inputs.map((i) => `| ${i.path} | ${i.bytes} | \`${i.sha256.slice(0, 16)}…\` | ${i.language ?? ""} | ${i.licence ?? ""} |`), ``,
    `## Licences`, ...licences.map((l) => `- ${l}`), ``,
    `## Preprocessing`,
    `- Text-issue filters (lib/curation): dropped on ${c.filters.drop.join(", ")}; thresholds ${JSON.stringify(c.filters.thresholds)} over the defaults; reference length ${c.filters.referenceChars || "none (extremeLength not judged)"}; minimum words ${c.filters.minWords}.`,
    `- LLM markers (lib/llm-text): tell-tale phrases and marker words recorded${c.llm.dropTellTale ? "; documents with a tell-tale phrase dropped" : ", nothing dropped on them"}.`,
    `- PII (lib/pii): mode ${c.pii.mode}${c.pii.mode === "redact" ? ` (${c.pii.redactMode})` : ""}.`,
    `- Duplicates across all shards: exact (content hash) ${c.dedup.exact ? "on" : "off"}, near (MinHash, 32 bands x 4 rows, Jaccard >= ${c.dedup.similarity}) ${c.dedup.near ? "on" : "off"}; the first document in input order stays.`, ``,
    `## What was dropped`, ``, `| stage | reason | documents |`, `| --- | --- | ---: |`,
    ...summary.byReason.map((r) => `| ${r.stage} | ${r.reason} | ${r.docs} |`), ``,
    `## Reproducing`,
    `- Code: git \`${manifest.code.git}\`, package-lock.json SHA-256 \`${manifest.code.lockfileSha256}\`; seed ${manifest.seed}; models: ${manifest.models.length ? manifest.models.map((m) => m.name).join(", ") : "none"}.`,
    `- Shard assignment: ${manifest.assignment}.`, ``,
    `## For the curator to answer`,
    `- Who may use it, for what (the licences above are the sources' own; they are not cleared by this pipeline)?`,
    `- What is known to be missing or over-represented, and who was consulted?`, ``,
  ].join("\n");
}
