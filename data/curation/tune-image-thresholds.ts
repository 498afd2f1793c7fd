/**
 * Shows how the default image thresholds were chosen: on the "tune" half of the planted
 * set only, per issue type, the highest score of any sample without that defect and the
 * lowest score of any sample with it; the default sits in that gap (or, where the
 * two overlap, at the cut with the fewest errors on "tune"). For the types in
 * OUTSIDE_TUNED_TYPES the outside photos' tune half is pooled in. Also prints the pHash
 * distances of planted near-duplicate pairs against unrelated pairs.
 *   npx tsx data/curation/tune-image-thresholds.ts
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { findImageIssues } from "../../lib/curation/find-image-issues";
import { hammingDistance } from "../../lib/curation/perceptual-hash";
import { thumbnailCorrelation } from "../../lib/curation/find-near-duplicates";
import { chooseThreshold } from "../../lib/curation/choose-threshold";
import { IMAGE_THRESHOLDS, type ImageIssueType } from "../../lib/curation/score-image";
import { listFiles } from "../../lib/curation/list-files";
import { outsideImageLabels, OUTSIDE_TUNED_TYPES } from "../../lib/curation/outside-image-labels";

const dir = join(__dirname, "images");
const truth: { file: string; split: string; defects: string[]; nearDuplicateOf?: string }[] =
  JSON.parse(readFileSync(join(__dirname, "images-truth.json"), "utf8")).samples;

async function main(): Promise<void> {
  const paths = readdirSync(dir).sort().map((f) => join(dir, f));
  const rows = await findImageIssues(paths);
  const byFile = new Map(rows.map((r) => [basename(r.path), r]));
  const tune = truth.filter((s) => s.split === "tune" && byFile.get(s.file)?.ok);
  // The outside photos' tune half, pooled in only for the types in OUTSIDE_TUNED_TYPES.
  const outsideRows = await findImageIssues(listFiles(join(__dirname, "..", "curation-outside", "images")));
  const outsideByFile = new Map(outsideRows.map((r) => [basename(r.path), r]));
  const outsideTune = outsideImageLabels().filter((s) => s.split === "tune" && outsideByFile.get(s.file)?.ok);
  // Blank frames are not judged for exposure, focus, colour or noise (see flagImage).
  const judged = (s: { defects: string[] }, type: string) => !(s.defects.includes("lowInformation") && type !== "oddSize" && type !== "oddAspectRatio");
  for (const type of Object.keys(IMAGE_THRESHOLDS) as ImageIssueType[]) {
    const pos = tune.filter((s) => s.defects.includes(type)).map((s) => byFile.get(s.file)!.scores[type]);
    const neg = tune.filter((s) => !s.defects.includes(type) && judged(s, type)).map((s) => byFile.get(s.file)!.scores[type]);
    if (OUTSIDE_TUNED_TYPES.includes(type)) {
      for (const s of outsideTune) {
        if (s.leftOut?.includes(type) || !judged(s, type)) continue;
        (s.defects.includes(type) ? pos : neg).push(outsideByFile.get(s.file)!.scores[type]);
      }
    }
    const maxNeg = Math.max(...neg), minPos = Math.min(...pos);
    const choice = chooseThreshold(pos, neg);
    console.log(`${type.padEnd(15)} clean max ${maxNeg.toFixed(3)}  planted min ${minPos.toFixed(3)}  ${choice.separable ? "midpoint" : `fewest errors (${choice.errors}) at`} ${choice.threshold.toFixed(3)}  default ${IMAGE_THRESHOLDS[type]}`);
  }
  // Near duplicates. The pHash distance is only a gate for candidates (set to twice the
  // largest planted distance); the thumbnail correlation decides, at the midpoint between
  // the least-correlated planted pair and the most-correlated unrelated candidate.
  const keyed = truth.filter((s) => s.split === "tune" && byFile.get(s.file)?.perceptualHash && !byFile.get(s.file)!.exactDuplicateOf && !s.defects.includes("lowInformation"));
  const planted: { d: number; c: number }[] = [];
  const unrelated: { d: number; c: number }[] = [];
  for (let a = 0; a < keyed.length; a++)
    for (let b = a + 1; b < keyed.length; b++) {
      const [x, y] = [byFile.get(keyed[a].file)!, byFile.get(keyed[b].file)!];
      const pair = { d: hammingDistance(x.perceptualHash!, y.perceptualHash!), c: thumbnailCorrelation(x.thumbnail!, y.thumbnail!) };
      (keyed[a].nearDuplicateOf === keyed[b].file || keyed[b].nearDuplicateOf === keyed[a].file ? planted : unrelated).push(pair);
    }
  const gate = 2 * Math.max(...planted.map((p) => p.d));
  const minPlanted = Math.min(...planted.map((p) => p.c));
  const maxUnrelated = Math.max(...unrelated.filter((p) => p.d <= gate).map((p) => p.c));
  console.log(`nearDuplicate   planted pairs (bits/correlation) ${planted.map((p) => `${p.d}/${p.c.toFixed(2)}`).join(" ")}`);
  console.log(`                gate ${gate} bits; correlation: planted min ${minPlanted.toFixed(3)}, unrelated max within the gate ${maxUnrelated.toFixed(3)}, ` +
    `midpoint ${((minPlanted + maxUnrelated) / 2).toFixed(3)}; defaults 18 bits and 0.82`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
