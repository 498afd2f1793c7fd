import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";

// mailparser (MIT, Nodemailer's parser) does the MIME work: multipart boundaries, quoted-
// printable and base64 transfer encodings, charsets (ISO-8859-1, windows-1252...), encoded
// header words and HTML-to-text. Written by hand it would be hundreds of lines and wrong on
// the odd cases real 2002 mail is full of. Plain require: tslab's compiler refuses `import x = require()`.
// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const mailparser = lazyModule(() => require("mailparser") as {
  simpleParser: (source: string, options?: Record<string, unknown>) => Promise<{
    headerLines: { key: string; line: string }[];
    text?: string;
    html?: string | false;
    attachments: { contentType: string; filename?: string; size: number }[];
  }>;
});

/** An e-mail split into readable parts: what a PII scan should read. */
export interface DecodedMail {
  /** The header block as sent (unfolded lines, "Key: value"). */
  headers: string;
  /** The plain-text body parts, decoded (quoted-printable, base64, charset). */
  text: string;
  /** The HTML body part, decoded, turned into text (tags dropped, entities resolved); "" when there is none. */
  htmlText: string;
  /** headers + text + htmlText, one blank line between them: the text to scan. */
  all: string;
  /** Attachments that are neither text nor HTML (content type and size); not scanned. */
  attachments: { contentType: string; filename?: string; size: number }[];
}

/**
 * Decodes a raw e-mail (RFC 5322 with MIME parts) into text a detector can read:
 * quoted-printable soft line breaks and "=20" escapes, base64 bodies and charsets are
 * undone, and an HTML part is turned into plain text. Scanning the raw message misses
 * what the encodings hide (a street address split by "=\n" or inside base64).
 *
 * @example
 * const mail = await decodeMail(raw);
 * detectPII(mail.all);
 */
export async function decodeMail(raw: string): Promise<DecodedMail> {
  if (typeof raw !== "string") {
    throw new InputError(`decodeMail expects the raw e-mail as a string, got ${raw === null ? "null" : typeof raw}.`,
      "Pass the whole message, headers included, e.g. loadSpamEmails()[0].text.");
  }
  const parsed = await mailparser.simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const headers = parsed.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, " ")).join("\n");
  const text = (parsed.text ?? "").replace(/\r\n/g, "\n").trim();
  const htmlText = parsed.html ? htmlToText(parsed.html) : "";
  const all = [headers, text, htmlText].filter((s) => s !== "").join("\n\n");
  return { headers, text, htmlText, all, attachments: parsed.attachments.map(({ contentType, filename, size }) => ({ contentType, filename, size })) };
}

// html-to-text comes with mailparser; it keeps line structure (<br>, <p>, table rows).
const htmlToTextLib = lazyModule(() => require("html-to-text") as { convert: (html: string, options?: Record<string, unknown>) => string });

function htmlToText(html: string): string {
  return htmlToTextLib.convert(html, { wordwrap: false, selectors: [{ selector: "a", options: { ignoreHref: true } }, { selector: "img", format: "skip" }] })
    .replace(/\n{3,}/g, "\n\n").trim();
}
