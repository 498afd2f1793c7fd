import type * as PlotTypes from "@observablehq/plot";
import type * as Linkedom from "linkedom";
import { lazyModule } from "../data/lazy-module";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const Plot = lazyModule<typeof PlotTypes>(() => require("@observablehq/plot"));
const linkedom = lazyModule<typeof Linkedom>(() => require("linkedom"));

/** Observable Plot options, as for `Plot.plot` (a `document` is supplied for you). */
export type PlotOptions = Omit<PlotTypes.PlotOptions, "document">;

const SVG_NS = "http://www.w3.org/2000/svg";

/** The few DOM members used here (lib is compiled without DOM typings, as tslab does). */
interface ChartNode {
  tagName: string;
  outerHTML: string;
  querySelectorAll(selector: string): ArrayLike<ChartNode>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

/**
 * Renders an Observable Plot chart to markup without a browser: an `<svg>` for a
 * bare chart, or a `<figure>` (HTML) when it has a title, caption or legend.
 *
 * @example
 * const { markup, kind } = renderPlot({ marks: [Plot.dot([{ x: 1, y: 2 }], { x: "x", y: "y" })] });
 */
export function renderPlot(options: PlotOptions): { markup: string; kind: "svg" | "html" } {
  const { document } = linkedom.parseHTML("<!DOCTYPE html><html><body></body></html>");
  const chart = Plot.plot({ ...options, document: document as never }) as unknown as ChartNode;
  for (const svg of [chart, ...Array.from(chart.querySelectorAll("svg"))]) {
    if (svg.tagName.toLowerCase() === "svg") svg.setAttribute("xmlns", SVG_NS);
  }
  // Jupyter themes can be dark: give the chart its own light background.
  const style = chart.getAttribute("style");
  chart.setAttribute("style", `${style ? style + ";" : ""}background:white;color:black`);
  const kind = chart.tagName.toLowerCase() === "svg" ? "svg" : "html";
  return { markup: chart.outerHTML, kind };
}
