import { show } from "./show";

/**
 * Shows a piece of HTML below the cell.
 *
 * @example
 * html("<p>Loaded <b>9</b> photos</p>");
 */
export function html(markup: string): void {
  show("text/html", markup);
}
