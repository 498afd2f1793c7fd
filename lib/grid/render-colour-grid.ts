import sharp from "sharp";
import type { GridLayout } from "./flas";

/**
 * A PNG of a layout of RGB colours (0-255), `cell` pixels per grid cell; empty cells white.
 *
 * @example
 * const png = await renderColourGrid(flas(colours, { columns: 32 }), colours);
 */
export async function renderColourGrid(layout: GridLayout, colours: ArrayLike<number>[], options: { cell?: number } = {}): Promise<Uint8Array> {
  const { cell = 8 } = options;
  const W = layout.columns * cell, H = layout.rows * cell;
  const px = Buffer.alloc(W * H * 3, 255);
  layout.cells.forEach((item, c) => {
    if (item < 0) return;
    const x0 = (c % layout.columns) * cell, y0 = Math.floor(c / layout.columns) * cell;
    for (let y = 0; y < cell; y++) for (let x = 0; x < cell; x++) for (let k = 0; k < 3; k++) px[((y0 + y) * W + x0 + x) * 3 + k] = colours[item][k];
  });
  return new Uint8Array(await sharp(px, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer());
}
