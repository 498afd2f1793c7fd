import { createHash } from "node:crypto";

/**
 * The exact-duplicate key of a text: SHA-256 of the text with runs of whitespace made
 * one space, trimmed and lower-cased — the same normalisation as findTextIssues
 * (lib/curation), which keeps it inline; it is restated here so that its key can be
 * computed shard by shard and compared across shards.
 *
 * @example
 * contentHash("Hello  World") === contentHash("hello world") // true
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
}
