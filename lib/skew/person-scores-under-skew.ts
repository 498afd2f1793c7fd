import { personScores, type PersonScoresOptions } from "../models/person-scores";
import { skewImage, type ImageSkew } from "./skew-image";

/** One image under one skew: the detector's best person score and its change from clean. */
export interface PersonSkewRow { image: string; kind: ImageSkew | "clean"; strength: number; score: number; drop: number }

/** Options of {@link personScoresUnderSkew}. */
export interface PersonScoresUnderSkewOptions extends PersonScoresOptions {
  /** Skews to apply (default fisheye, crop, dark, haze). */
  kinds?: ImageSkew[];
  /** Strengths above 0 (default 0.5 and 1). */
  strengths?: number[];
}

/**
 * Runs the bundled person detector on each photo clean and under each skew, and
 * reports the best person score and the drop from the clean score (positive = worse).
 * Images the detector cannot read are left out.
 *
 * @example
 * const rows = await personScoresUnderSkew([samplePath("photos/nagasaki-boats")]);
 * Plot.barY(rows, { x: "kind", y: "drop", fill: "strength" })
 */
export async function personScoresUnderSkew(paths: readonly string[], options: PersonScoresUnderSkewOptions = {}): Promise<PersonSkewRow[]> {
  const { kinds = ["fisheye", "crop", "dark", "haze"], strengths = [0.5, 1], ...detect } = options;
  const clean = await personScores(paths, detect);
  const rows: PersonSkewRow[] = [];
  for (const [i, image] of paths.entries()) {
    const base = clean[i];
    if (!base.ok) continue;
    rows.push({ image, kind: "clean", strength: 0, score: base.score!, drop: 0 });
    const variants: { kind: ImageSkew; strength: number; bytes: Buffer }[] = [];
    for (const kind of kinds) for (const strength of strengths) variants.push({ kind, strength, bytes: await skewImage(image, kind, strength, { format: "jpeg", quality: 92 }) });
    const scores = await personScores(variants.map((v) => v.bytes), detect);
    variants.forEach((v, k) => {
      if (scores[k].ok) rows.push({ image, kind: v.kind, strength: v.strength, score: scores[k].score!, drop: base.score! - scores[k].score! });
    });
  }
  return rows;
}
