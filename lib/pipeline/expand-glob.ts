import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// Node 20 has no fs.glob (it came in 22); inputs need only `*` and `**`, so a small
// expander is written here instead of adding a dependency.
function segmentRegex(seg: string): RegExp {
  return new RegExp("^" + seg.replace(/[.+^${}()|[\]\\?]/g, "\\$&").replace(/\*/g, "[^/]*") + "$");
}

/**
 * The files a glob matches, sorted: `*` matches within one folder level, `**` any
 * number of levels. A plain path matches itself when it exists.
 *
 * @example
 * expandGlob("data/sources/fixtures/madlad/data/*\/*.jsonl.gz").length // 6
 */
export function expandGlob(pattern: string): string[] {
  if (!pattern.includes("*")) return existsSync(pattern) && statSync(pattern).isFile() ? [pattern] : [];
  const parts = pattern.split("/");
  const bases = [parts[0] === "" ? "/" : parts[0].includes("*") ? "." : parts[0]];
  const rest = parts[0] === "" || !parts[0].includes("*") ? parts.slice(1) : parts;
  const out: string[] = [];
  const walk = (dir: string, i: number): void => {
    if (i === rest.length) { if (existsSync(dir) && statSync(dir).isFile()) out.push(dir); return; }
    const seg = rest[i];
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return;
    if (seg === "**") {
      walk(dir, i + 1);
      for (const e of readdirSync(dir).sort()) if (statSync(join(dir, e)).isDirectory()) walk(join(dir, e), i);
      return;
    }
    if (!seg.includes("*")) { walk(join(dir, seg), i + 1); return; }
    const re = segmentRegex(seg);
    for (const e of readdirSync(dir).sort()) if (re.test(e)) walk(join(dir, e), i + 1);
  };
  for (const b of bases) walk(b, 0);
  return [...new Set(out.map((p) => (p.startsWith("./") ? p.slice(2) : p)))].sort();
}
