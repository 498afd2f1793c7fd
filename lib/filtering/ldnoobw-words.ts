import { InputError } from "../errors/workshop-error";

// A plain require, as tslab refuses `import x = require()` (see lib/pii/first-name-set.ts).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const naughty = require("naughty-words") as Record<string, string[]>;

/**
 * The "List of Dirty, Naughty, Obscene and Otherwise Bad Words" (LDNOOBW, CC-BY-4.0, npm
 * `naughty-words` 1.2.0) for one language: the list whose English version C4 used to drop
 * every page containing any entry (Raffel et al. 2020). A copy: editing it is safe.
 *
 * @example
 * const words = ldnoobwWords("en"); // 403 entries, some of them phrases
 */
export function ldnoobwWords(language = "en"): string[] {
  const list = naughty[language];
  if (!Array.isArray(list)) {
    throw new InputError(`LDNOOBW has no list for '${language}'.`, `Use one of ${Object.keys(naughty).filter((k) => Array.isArray(naughty[k])).join(", ")}.`);
  }
  return list.slice();
}
