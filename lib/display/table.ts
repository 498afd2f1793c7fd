import type { ColumnTable } from "arquero";
import { renderTable, type RenderTableOptions } from "./render-table";
import { show } from "./show";

/**
 * Shows an Arquero table (or row objects) inline: first rows, column types, row count.
 *
 * @example
 * table(photos.orderby(aq.desc("bytes")), { rows: 5, title: "Largest files" });
 */
export function table(input: ColumnTable | object[], options: RenderTableOptions = {}): void {
  show("text/html", renderTable(input, options));
}
