import { gzipSync } from "node:zlib";

/**
 * gzip-compressed size over UTF-8 size of a text (level 6, node:zlib). Ordinary prose
 * lands near 0.4-0.6; repeated lines and boilerplate compress far better (lower), random
 * characters worse (higher). Texts under ~200 bytes read high because gzip's ~20-byte
 * header and a cold dictionary dominate, so compare only texts of similar length.
 *
 * @example
 * compressionRatio("spam ".repeat(200)); // 0.03
 */
export function compressionRatio(text: string): number {
  const raw = Buffer.byteLength(text, "utf8");
  return raw === 0 ? 0 : gzipSync(text, { level: 6 }).length / raw;
}
