import type { GridLayout } from "./flas";

/** Hue of an RGB colour in [0, 1) (0 = red), and its brightness (max channel), both from HSV. */
export function hueOf(rgb: ArrayLike<number>): { hue: number; value: number } {
  const [r, g, b] = [rgb[0], rgb[1], rgb[2]];
  const max = Math.max(r, g, b), min = Math.min(r, g, b), c = max - min;
  let h = 0;
  if (c > 0) h = max === r ? ((g - b) / c + 6) % 6 : max === g ? (b - r) / c + 2 : (r - g) / c + 4;
  return { hue: h / 6, value: max };
}

/**
 * The simple baseline: colours sorted by hue (ties by brightness) and laid out row by row.
 * Neighbours in a row are similar; neighbours in a column are a row's length apart in hue.
 *
 * @example
 * hueSortLayout(colours, { columns: 32 })
 */
export function hueSortLayout(colours: ArrayLike<number>[], options: { columns?: number } = {}): GridLayout {
  const n = colours.length;
  const columns = options.columns ?? Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / columns);
  const keys = colours.map(hueOf);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a].hue - keys[b].hue || keys[a].value - keys[b].value);
  const cells = new Int32Array(columns * rows).fill(-1);
  order.forEach((item, c) => (cells[c] = item));
  return { columns, rows, cells };
}
