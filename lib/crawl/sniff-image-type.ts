/**
 * The image type a body really is, from its first bytes: "image/jpeg",
 * "image/png", "image/gif", "image/webp", or undefined when it is none of these
 * (an HTML error page served as image/jpeg, say).
 *
 * @example
 * sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])); // "image/jpeg"
 */
export function sniffImageType(body: Uint8Array): string | undefined {
  const b = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 16));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.subarray(0, 6).toString("latin1"))) return "image/gif";
  if (b.length >= 12 && b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
  return undefined;
}
