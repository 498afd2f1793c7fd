import { escapeHtml } from "../display/escape-html";
import { getSynset } from "./get-synset";
import { classesUnder } from "./classes-under";
import type { Synset } from "./load-wordnet";

/** Options of {@link renderSynsetTree}. */
export interface RenderSynsetTreeOptions {
  /** Levels below the root to draw (default 3). */
  depth?: number;
  /** Keep only branches that hold at least this many ImageNet classes (default 1; 0 keeps every branch). */
  minClasses?: number;
  /** Most children drawn under one node, the largest first (default 12; the rest become "+ n more"). */
  maxChildren?: number;
}

interface Node { s: Synset; count: number; depth: number; more: number }

/**
 * An SVG picture of the WordNet subtree under a synset: one row per synset, indented by
 * depth with connector lines, a bar as long as the number of ImageNet-1k classes under it,
 * and ImageNet classes themselves drawn in orange.
 *
 * @example
 * const svg = renderSynsetTree("n02118333", { depth: 2 }); // the foxes' branch
 */
export function renderSynsetTree(wnid: string, options: RenderSynsetTreeOptions = {}): string {
  const { depth = 3, minClasses = 1, maxChildren = 12 } = options;
  const rows: Node[] = [];
  const count = (s: Synset) => classesUnder(s.wnid).length;
  const walk = (s: Synset, d: number) => {
    const node: Node = { s, count: count(s), depth: d, more: 0 };
    rows.push(node);
    if (d >= depth) return;
    const kids = s.pointers.filter((p) => p.symbol === "~" || p.symbol === "~i").map((p) => getSynset(p.target))
      .map((k) => ({ k, n: count(k) })).filter((x) => x.n >= minClasses)
      .sort((a, b) => b.n - a.n || (a.k.lemmas[0] < b.k.lemmas[0] ? -1 : 1));
    for (const { k } of kids.slice(0, maxChildren)) walk(k, d + 1);
    node.more = Math.max(0, kids.length - maxChildren);
  };
  walk(getSynset(wnid), 0);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const rowH = 18, indent = 18, textW = 330, barW = 220;
  const lines: string[] = [];
  const lastAt: number[] = [];
  rows.forEach((r, i) => {
    const y = i * rowH + 14, x = 8 + r.depth * indent;
    if (r.depth > 0) {
      const parentY = (lastAt[r.depth - 1] ?? 0) * rowH + 14;
      lines.push(`<path d="M${x - indent + 5} ${parentY + 4}V${y - 4}H${x - 3}" fill="none" stroke="#bbb"/>`);
    }
    lastAt[r.depth] = i;
    const isClass = r.s.pointers && r.count > 0 && classesUnder(r.s.wnid)[0]?.wnid === r.s.wnid;
    const label = `${r.s.lemmas[0]} ${r.s.wnid}${r.more ? ` (+${r.more} more branches)` : ""}`;
    lines.push(`<text x="${x}" y="${y}" fill="${isClass ? "#d9480f" : "#222"}">${escapeHtml(label)}</text>`);
    lines.push(`<rect x="${textW + 10}" y="${y - 10}" width="${(barW * r.count) / max}" height="11" fill="#4c6ef5"/>`);
    lines.push(`<text x="${textW + 16 + (barW * r.count) / max}" y="${y}" fill="#555">${r.count}</text>`);
  });
  const h = rows.length * rowH + 8;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${textW + barW + 60}" height="${h}" font-family="sans-serif" font-size="12">` +
    `<title>WordNet subtree under ${escapeHtml(wnid)}: bars count ImageNet-1k classes</title>${lines.join("")}</svg>`;
}
