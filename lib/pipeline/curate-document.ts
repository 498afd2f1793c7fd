import { measureText } from "../curation/measure-text";
import { minHash } from "../curation/min-hash";
import { flagText, MIN_WORDS_TO_JUDGE, scoreText, TEXT_THRESHOLDS, type TextScores } from "../curation/score-text";
import { GRAY_WORDS } from "../llm-text/gray-words";
import { tellTalePhrases } from "../llm-text/tell-tale-phrases";
import { detectPII } from "../pii/detect-pii";
import { redact } from "../pii/redact";
import { contentHash } from "./content-hash";
import type { PipelineConfig } from "./pipeline-config";
import type { PipelineDocument } from "./read-documents";

/** What the per-shard step decides about one document. */
export type CuratedDocument =
  | { kept: true; line: Record<string, unknown>; hash: string; signature: Uint32Array | null }
  | { kept: false; reason: string; flags: string[] };

const MARKERS = new Set([...GRAY_WORDS.adjectives, ...GRAY_WORDS.adverbs]);

/**
 * Runs the workshop's per-document steps on one document, each the lib function the
 * labs use: text-issue scores and flags (measureText, scoreText, flagText), LLM markers
 * (tellTalePhrases; Gray's marker words per 1000 words), PII (detectPII, then redact),
 * and the keys of cross-shard dedup (content hash; MinHash signature of documents long
 * enough to judge, as findTextIssues does).
 *
 * @example
 * curateDocument(doc, config) // { kept: true, line: { id, text, metadata }, hash, signature }
 */
export function curateDocument(doc: PipelineDocument, config: PipelineConfig): CuratedDocument {
  if (typeof doc.text !== "string") return { kept: false, reason: "unreadable", flags: [] };
  let text = doc.text;
  const stats = measureText(text);
  const scores = scoreText(stats, config.filters.referenceChars);
  const thresholds = { ...TEXT_THRESHOLDS, ...config.filters.thresholds } as TextScores;
  const flags: string[] = flagText(scores, stats.words, thresholds);
  const dropping = flags.filter((f) => config.filters.drop.includes(f));
  if (dropping.length) return { kept: false, reason: dropping[0], flags };
  if (stats.words < config.filters.minWords) return { kept: false, reason: "tooShort", flags };
  const tell = tellTalePhrases([text]);
  if (tell.length && config.llm.dropTellTale) return { kept: false, reason: "llmTellTale", flags: tell.map((t) => t.phrase) };
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const markers = words.filter((w) => MARKERS.has(w)).length;
  const metadata: Record<string, unknown> = { ...doc.metadata };
  metadata.quality = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  metadata.llm = { tellTale: tell.map((t) => t.phrase), markersPer1000: words.length ? Math.round((markers * 1e6) / words.length) / 1000 : 0 };
  if (config.pii.mode !== "off") {
    const matches = detectPII(text);
    const counts: Record<string, number> = {};
    for (const m of matches) counts[m.type] = (counts[m.type] ?? 0) + 1;
    if (matches.length && config.pii.mode === "drop") return { kept: false, reason: "pii", flags: Object.keys(counts).sort() };
    if (matches.length && config.pii.mode === "redact") text = redact(text, { matches, mode: config.pii.redactMode, seed: config.seed }).text;
    metadata.pii = counts;
  }
  const signature = config.dedup.near && stats.words >= MIN_WORDS_TO_JUDGE ? minHash(text) : null;
  return { kept: true, line: { id: doc.id, text, metadata }, hash: contentHash(text), signature };
}
