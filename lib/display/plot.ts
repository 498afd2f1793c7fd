import { renderPlot, type PlotOptions } from "./render-plot";
import { show } from "./show";

/**
 * Draws an Observable Plot chart inline in the notebook.
 *
 * @example
 * import * as Plot from "@observablehq/plot";
 * plot({ marks: [Plot.barY(rows, { x: "name", y: "kb" })], marginLeft: 50 });
 */
export function plot(options: PlotOptions): void {
  const { markup, kind } = renderPlot(options);
  show(kind === "svg" ? "image/svg+xml" : "text/html", markup);
}
