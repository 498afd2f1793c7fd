import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type * as Arquero from "arquero";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const aq = lazyModule<typeof Arquero>(() => require("arquero"));

/** One utterance of a LibriSpeech-layout folder, or a problem found while reading it. */
export interface LibriUtterance {
  subset: string;
  speaker: number;
  chapter: number;
  id: string;
  transcript: string;
  /** Path of the FLAC file. */
  path: string;
  /** "ok", or why this utterance cannot be used (missing audio, a transcript line that does not parse). */
  status: string;
}

/**
 * Reads a LibriSpeech-layout folder (`<subset>/<speaker>/<chapter>/` with
 * `<speaker>-<chapter>.trans.txt`, one `<utterance id> <TRANSCRIPT>` line per FLAC
 * file) into a table, one row per utterance. Problems (a transcript line without
 * its audio, a malformed line) get a row with their status; reading goes on.
 *
 * @example
 * const t = readLibriSpeech("data/sources/fixtures/librispeech");
 * t.groupby("subset").rollup({ speakers: aq.op.distinct("speaker") })
 */
export function readLibriSpeech(root: string): Arquero.ColumnTable {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new InputError(`No folder at '${root}'.`, "Pass the folder that holds the subsets (train-clean-100, dev-clean, ...).");
  }
  const rows: LibriUtterance[] = [];
  const dirs = (p: string) => readdirSync(p).filter((d) => statSync(join(p, d)).isDirectory()).sort();
  for (const subset of dirs(root)) {
    for (const speaker of dirs(join(root, subset))) {
      for (const chapter of dirs(join(root, subset, speaker))) {
        const dir = join(root, subset, speaker, chapter);
        const trans = join(dir, `${speaker}-${chapter}.trans.txt`);
        const base = { subset, speaker: Number(speaker), chapter: Number(chapter) };
        if (!existsSync(trans)) {
          rows.push({ ...base, id: "", transcript: "", path: dir, status: `no transcript file ${speaker}-${chapter}.trans.txt` });
          continue;
        }
        for (const line of readFileSync(trans, "utf8").split("\n").filter((l) => l.trim())) {
          const m = /^(\d+)-(\d+)-(\d+) (.+)$/.exec(line.trim());
          if (!m) {
            rows.push({ ...base, id: "", transcript: line, path: trans, status: "transcript line is not '<speaker>-<chapter>-<n> TEXT'" });
            continue;
          }
          const path = join(dir, `${m[1]}-${m[2]}-${m[3]}.flac`);
          const status = m[1] !== speaker || m[2] !== chapter ? `id ${m[1]}-${m[2]} does not match its folder ${speaker}/${chapter}`
            : existsSync(path) ? "ok" : "audio file missing";
          rows.push({ ...base, id: `${m[1]}-${m[2]}-${m[3]}`, transcript: m[4], path, status });
        }
      }
    }
  }
  return aq.from(rows);
}
