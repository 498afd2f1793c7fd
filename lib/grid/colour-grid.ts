import { show } from "../display/show";
import type { GridLayout } from "./flas";
import { renderColourGrid } from "./render-colour-grid";

/**
 * Shows a layout of RGB colours in the notebook (see {@link renderColourGrid}).
 *
 * @example
 * await colourGrid(flas(colours, { columns: 32 }), colours);
 */
export async function colourGrid(layout: GridLayout, colours: ArrayLike<number>[], options: { cell?: number } = {}): Promise<void> {
  show("image/png", await renderColourGrid(layout, colours, options));
}
