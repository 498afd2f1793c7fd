import { InputError } from "../errors/workshop-error";
import { blankLike, type RawImage } from "./raw-image";

/** Options of {@link lightPixels}. */
export interface LightPixelsOptions {
  /** Light-response curve: out = in^gamma on 0-1 values (default 1; above 1 darkens the mid-tones). */
  gamma?: number;
  /** Exposure multiplier applied after gamma (default 1; 0.5 = one stop under). */
  exposure?: number;
  /** Per-channel gains [r, g, b] for a colour cast (default [1, 1, 1]; [1.2, 1, 0.8] = warm). Grey images use the mean gain. */
  cast?: [number, number, number];
}

/**
 * Lighting and sensor response: gamma, exposure and colour cast through one lookup
 * table per channel. The defaults are the identity.
 *
 * @example
 * const dusk = lightPixels(raw, { gamma: 1.8, exposure: 0.6, cast: [0.9, 0.95, 1.2] });
 */
export function lightPixels(raw: RawImage, options: LightPixelsOptions = {}): RawImage {
  const { gamma = 1, exposure = 1, cast = [1, 1, 1] } = options;
  if (!(gamma > 0) || !(exposure >= 0) || cast.some((g) => !(g >= 0))) {
    throw new InputError(`Expected gamma > 0, exposure >= 0 and cast gains >= 0, got gamma=${gamma}, exposure=${exposure}, cast=[${cast}].`, "Use values near 1 for mild changes.");
  }
  const gains = raw.channels >= 3 ? cast : [(cast[0] + cast[1] + cast[2]) / 3];
  const luts = gains.map((g) => {
    const lut = new Uint8Array(256);
    for (let v = 0; v < 256; v++) lut[v] = Math.min(255, Math.round(255 * exposure * g * Math.pow(v / 255, gamma)));
    return lut;
  });
  const out = blankLike(raw);
  const { data, channels } = raw;
  for (let i = 0; i < data.length; i++) {
    const c = i % channels;
    out.data[i] = c < luts.length ? luts[c][data[i]] : data[i];
  }
  return out;
}
