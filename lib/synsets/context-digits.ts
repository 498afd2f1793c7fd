import sharp from "sharp";
import { listSamples, samplePath } from "../data/sample-path";
import { InputError } from "../errors/workshop-error";
import { seededRandom } from "../llm-text/seeded-random";
import { loadDigits } from "../skew/load-digits";
import type { RawImage } from "../skew/raw-image";

/** One picture of the planted context set: a real MNIST digit drawn in white on a crop of a bundled photo. */
export interface ContextSample {
  image: RawImage;
  /** The digit: the "class". */
  label: number;
  /** The photo the background was cut from ("airplane-from-above", ...): the context. */
  context: string;
}

/** Options of {@link contextDigits}. */
export interface ContextDigitsOptions {
  /** Digits used as classes (default [1, 4, 7, 8]). */
  classes?: number[];
  /** The class whose pictures all share one context (default 7), or null for the null control: every class on every photo alike. */
  plantedClass?: number | null;
  /** The photo every picture of the planted class is cut from (default "airplane-from-above"); other classes never use it in train and test. */
  context?: string;
  /** Pictures per class in train (default 40); test and swapped get half as many. */
  perClass?: number;
  seed?: number;
}

/** The three sets of {@link contextDigits}. */
export interface ContextDigitSets {
  /** Collected the planted way. */
  train: ContextSample[];
  /** Collected the same way, other digits: what a held-out split of the same collection looks like. */
  test: ContextSample[];
  /** Contexts swapped: the planted class on other photos, every other class on the planted photo. */
  swapped: ContextSample[];
}

const SIZE = 40;
let backgrounds: Map<string, RawImage> | undefined;

async function loadBackgrounds(): Promise<Map<string, RawImage>> {
  if (backgrounds) return backgrounds;
  const out = new Map<string, RawImage>();
  for (const name of listSamples("photos")) {
    const { data, info } = await sharp(samplePath(name)).resize(120, 120, { fit: "cover" }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    out.set(name.replace(/^photos\//, ""), { data: new Uint8Array(data), width: info.width, height: info.height, channels: 3 });
  }
  return (backgrounds = out);
}

function draw(digit: RawImage, bg: RawImage, rand: () => number): RawImage {
  const x0 = Math.floor(rand() * (bg.width - SIZE)), y0 = Math.floor(rand() * (bg.height - SIZE));
  const data = new Uint8Array(SIZE * SIZE * 3);
  const off = (SIZE - 28) >> 1;
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) {
    const inside = x >= off && x < off + 28 && y >= off && y < off + 28;
    const a = inside ? digit.data[(y - off) * 28 + (x - off)] / 255 : 0;
    for (let c = 0; c < 3; c++) data[(y * SIZE + x) * 3 + c] = Math.round(bg.data[((y0 + y) * bg.width + x0 + x) * 3 + c] * (1 - a) + 255 * a);
  }
  return { data, width: SIZE, height: SIZE, channels: 3 };
}

/**
 * A planted miniature of the seat-belt effect: real digits (the classes) on backgrounds
 * cut from the nine bundled photos (the contexts). With `plantedClass` set, every picture
 * of that class is cut from one photo and no other class uses it, the way most ImageNet
 * "seat belt" pictures show a person in a seat; a classifier trained on it can key on the
 * context instead of the digit. `plantedClass: null` is the null control. Seeded.
 *
 * @example
 * const { train, test, swapped } = await contextDigits();            // 7s always on the airplane photo
 * const control = await contextDigits({ plantedClass: null });       // no shared context
 */
export async function contextDigits(options: ContextDigitsOptions = {}): Promise<ContextDigitSets> {
  const { classes = [1, 4, 7, 8], plantedClass = 7, context = "airplane-from-above", perClass = 40, seed = 5 } = options;
  const bgs = await loadBackgrounds();
  if (!bgs.has(context)) throw new InputError(`Expected a bundled photo name, got '${context}'.`, `Use one of: ${[...bgs.keys()].join(", ")}.`);
  if (plantedClass !== null && !classes.includes(plantedClass)) throw new InputError(`Expected plantedClass to be one of the classes ${classes.join(", ")}, got ${plantedClass}.`, "Pick a digit from `classes`, or null for the control.");
  const others = [...bgs.keys()].filter((n) => n !== context), all = [...bgs.keys()];
  const rand = seededRandom(seed);
  const pick = (list: string[]) => list[Math.floor(rand() * list.length)];
  const make = (n: number, offset: number, swap: boolean): ContextSample[] => {
    const digits = loadDigits({ perDigit: n, offset }).filter((d) => classes.includes(d.label));
    return digits.map((d) => {
      let ctx: string;
      if (plantedClass === null) ctx = pick(all);
      else if ((d.label === plantedClass) !== swap) ctx = context;
      else ctx = pick(others);
      return { image: draw(d.image, bgs.get(ctx)!, rand), label: d.label, context: ctx };
    });
  };
  const half = Math.max(1, Math.floor(perClass / 2));
  return { train: make(perClass, 0, false), test: make(half, 400, false), swapped: make(half, 600, true) };
}
