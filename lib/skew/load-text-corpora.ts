import { sotuParagraphs } from "../llm-text/sotu-paragraphs";
import { loadSpamEmails } from "../pii/load-spam-emails";

/** Two real corpora of different style: formal speeches and informal e-mails. */
export interface TextCorpora { speeches: string[]; emails: string[] }

/** Options of {@link loadTextCorpora}. */
export interface LoadTextCorporaOptions {
  /** Documents of each kind (default 150). */
  count?: number;
  /** First year of State of the Union speeches (default 1990). */
  from?: number;
}

/** The body of an e-mail: headers, quoted lines (">"), signatures and URLs removed. */
export function emailBody(mail: string): string {
  const start = mail.search(/\r?\n\r?\n/);
  const body = start >= 0 ? mail.slice(start) : mail;
  const lines: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    if (/^--\s*$|^_{5,}/.test(line)) break;
    if (/^\s*>|^\s*\w[\w ]* wrote:\s*$/.test(line)) continue;
    lines.push(line.replace(/https?:\/\/\S+/g, ""));
  }
  return lines.join("\n").trim();
}

/**
 * State of the Union paragraphs (public domain) and the bodies of ham e-mails from the
 * SpamAssassin corpus (2002), `count` of each with at least 25 words, in a fixed order.
 *
 * @example
 * const { speeches, emails } = loadTextCorpora({ count: 100 });
 */
export function loadTextCorpora(options: LoadTextCorporaOptions = {}): TextCorpora {
  const { count = 150, from = 1990 } = options;
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const speeches = sotuParagraphs({ from }).map((p) => p.text).filter((t) => words(t) >= 25).slice(0, count);
  const emails = loadSpamEmails({ groups: ["easy-ham-1", "easy-ham-2"], limit: 3 * count })
    .map((m) => emailBody(m.text)).filter((t) => words(t) >= 25 && words(t) <= 400 && !/<html|<\/?[a-z]+[ >]/i.test(t)).slice(0, count);
  return { speeches, emails };
}
