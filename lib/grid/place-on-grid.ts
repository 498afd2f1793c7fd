import type { GridLayout } from "./flas";

/**
 * The items of a layout in cell order (row-major), null for empty cells: what {@link dpq}
 * and picture helpers take.
 *
 * @example
 * dpq(placeOnGrid(layout, colours), { columns: layout.columns })
 */
export function placeOnGrid<T>(layout: GridLayout, items: readonly T[]): (T | null)[] {
  return Array.from(layout.cells, (i) => (i >= 0 ? items[i] : null));
}
