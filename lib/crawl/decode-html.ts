/** An HTML body as text, with the encoding it was read in. */
export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252", "shift_jis". */
  encoding: string;
  /** Where it came from: "bom", "content-type", "meta", or "default". */
  source: "bom" | "content-type" | "meta" | "default";
}

interface Decoder { encoding: string; decode(bytes: Uint8Array): string }

// WHATWG index-windows-1252, bytes 0x80-0x9F (the only ones where it differs from Latin-1).
// Needed because Node 20.18.3+ and 22.13+ decode windows-1252 as Latin-1 there (nodejs/node#60888).
const CP1252_80_9F = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];
const windows1252: Decoder = {
  encoding: "windows-1252",
  decode: (bytes) => Buffer.from(bytes).toString("latin1").replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_80_9F[c.charCodeAt(0) - 0x80])),
};

const decoderFor = (label: string | undefined): Decoder | undefined => {
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label.trim().replace(/^["']|["']$/g, ""));
    return decoder.encoding === "windows-1252" ? windows1252 : decoder;
  } catch {
    return undefined; // an unknown label is ignored, as browsers do
  }
};

/**
 * Decodes an HTML body the way browsers pick its encoding (WHATWG encoding sniffing,
 * shortened): a byte-order mark first, then the `charset` of the Content-Type
 * header, then `<meta charset>` or `<meta http-equiv="Content-Type" content="...;
 * charset=...">` in the first 1024 bytes, else UTF-8. Decoding is Node's
 * TextDecoder, which knows the WHATWG encodings (windows-1252, ISO-8859-x,
 * Shift_JIS, EUC-KR, GBK, ...); ISO-8859-1 is read as windows-1252, as the
 * standard says, with the 0x80-0x9F block mapped here (Node gets it wrong).
 *
 * @example
 * decodeHtml(Buffer.from([0x63, 0x61, 0x66, 0xe9]), "text/html; charset=iso-8859-1").text; // "café"
 */
export function decodeHtml(body: Uint8Array, contentType = ""): DecodedHtml {
  const b = body;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(b), encoding: "utf-8", source: "bom" };
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe)) {
    const encoding = b[0] === 0xfe ? "utf-16be" : "utf-16le";
    return { text: new TextDecoder(encoding).decode(b), encoding, source: "bom" };
  }
  const fromHeader = decoderFor(/charset\s*=\s*([^;\s]+)/i.exec(contentType)?.[1]);
  if (fromHeader) return { text: fromHeader.decode(b), encoding: fromHeader.encoding, source: "content-type" };
  const head = Buffer.from(b.subarray(0, 1024)).toString("latin1");
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  const fromMeta = decoderFor(meta);
  if (fromMeta) {
    // A page cannot declare itself UTF-16 from inside an ASCII-compatible byte stream: read it as UTF-8.
    const d: Decoder = /^utf-16/.test(fromMeta.encoding) ? new TextDecoder("utf-8") : fromMeta;
    return { text: d.decode(b), encoding: d.encoding, source: "meta" };
  }
  return { text: new TextDecoder("utf-8").decode(b), encoding: "utf-8", source: "default" };
}
