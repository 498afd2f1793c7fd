import { marked } from "marked";
import { escapeHtml } from "../display/escape-html";
import { cellSource, type CellOutput, type Notebook } from "./notebook";

function renderOutput(out: CellOutput): string {
  if (out.output_type === "stream") {
    const colour = out.name === "stderr" ? "#fdd" : "#f7f7f7";
    return `<pre style="background:${colour};margin:0;padding:4px">${escapeHtml(out.text)}</pre>`;
  }
  if (out.output_type === "error") return `<pre style="background:#fdd">${escapeHtml(`${out.ename}: ${out.evalue}`)}</pre>`;
  const data = out.data;
  if (data["text/html"]) return `<div>${data["text/html"]}</div>`;
  if (data["image/svg+xml"]) return `<div>${data["image/svg+xml"]}</div>`;
  if (data["image/png"]) return `<img src="data:image/png;base64,${data["image/png"]}">`;
  if (data["image/jpeg"]) return `<img src="data:image/jpeg;base64,${data["image/jpeg"]}">`;
  if (data["text/markdown"]) return marked.parse(data["text/markdown"], { async: false }) as string;
  return `<pre>${escapeHtml(data["text/plain"] ?? "")}</pre>`;
}

/**
 * A standalone, readable HTML page of an (executed) notebook: markdown rendered, code
 * in boxes, outputs (text, HTML, SVG, images) below their cells. For readers without
 * Jupyter; rich outputs are trusted, so render only notebooks you ran yourself.
 *
 * @example
 * writeFileSync("out/00-welcome.html", notebookToHtml(run.executed, "00-welcome"));
 */
export function notebookToHtml(nb: Notebook, title: string): string {
  const body = nb.cells.map((cell) => {
    const src = cellSource(cell);
    if (cell.cell_type === "markdown") return `<section>${marked.parse(src, { async: false }) as string}</section>`;
    if (cell.cell_type === "raw") return `<pre>${escapeHtml(src)}</pre>`;
    const count = cell.execution_count ?? " ";
    const outputs = (cell.outputs ?? []).map(renderOutput).join("\n");
    return `<section><div style="color:#888;font:11px monospace">[${count}]</div>` +
      `<pre style="background:#f0f4f8;border-left:3px solid #48c;padding:6px">${escapeHtml(src)}</pre>${outputs}</section>`;
  }).join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>body{max-width:980px;margin:2em auto;font-family:sans-serif;line-height:1.45}pre{white-space:pre-wrap}</style>` +
    `</head><body>\n${body}\n</body></html>\n`;
}
