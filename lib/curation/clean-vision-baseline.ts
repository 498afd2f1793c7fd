import sharp from "sharp";

/** CleanVision's default image-property verdicts for one file (see cleanVisionBaseline). */
export interface CleanVisionVerdict {
  path: string;
  ok: boolean;
  /** sqrt(0.241 R^2 + 0.691 G^2 + 0.068 B^2) of the channel means, 0-1. */
  brightness: number;
  /** Entropy of the image's histogram over all bands (as PIL's Image.entropy()), bits. */
  entropy: number;
  flags: string[];
}

/**
 * A re-implementation, for comparison only, of cleanlab CleanVision's default dark,
 * light and low-information rules (cleanvision/issue_managers/image_property.py and
 * the defaults in image_property_issue_manager.py): dark when brightness < 0.22, light
 * when 1 - brightness < 0.05, low information when 0.1 * entropy < 0.3. The lab uses it
 * to show what mean brightness and histogram entropy miss (washed-out and near-blank
 * images); findImageIssues is the detector to use.
 *
 * @example
 * (await cleanVisionBaseline(["data/curation/images/img-000.jpg"]))[0].flags; // ["low_information"]
 */
export async function cleanVisionBaseline(paths: string[]): Promise<CleanVisionVerdict[]> {
  const out: CleanVisionVerdict[] = [];
  for (const path of paths) {
    try {
      const { data, info } = await sharp(path, { failOn: "truncated" }).raw().toBuffer({ resolveWithObject: true });
      const c = info.channels >= 3 ? 3 : 1;
      const sums = [0, 0, 0];
      const hist = new Float64Array(256 * c);
      const n = info.width * info.height;
      for (let i = 0; i < n; i++)
        for (let k = 0; k < c; k++) {
          const v = data[i * info.channels + k];
          sums[k] += v;
          hist[k * 256 + v]++;
        }
      const [r, g, b] = c === 3 ? sums.map((s) => s / n) : [sums[0] / n, sums[0] / n, sums[0] / n];
      const brightness = Math.min(1, Math.sqrt(0.241 * r * r + 0.691 * g * g + 0.068 * b * b) / 255);
      let entropy = 0;
      for (const h of hist) if (h > 0) entropy -= (h / (n * c)) * Math.log2(h / (n * c));
      const flags: string[] = [];
      if (brightness < 0.22) flags.push("dark");
      if (1 - brightness < 0.05) flags.push("light");
      if (Math.min(1, 0.1 * entropy) < 0.3) flags.push("low_information");
      out.push({ path, ok: true, brightness, entropy, flags });
    } catch {
      out.push({ path, ok: false, brightness: NaN, entropy: NaN, flags: [] });
    }
  }
  return out;
}
