// Issue 17: the image detectors on photos this project did not make (data/curation-outside,
// hand-labelled) next to the planted set (data/curation, test half). Prints both tables.
// Target on the outside set: precision and recall >= 0.95 per flag. Flags that miss it
// today are listed in BELOW_TARGET with their measured numbers and run as `todo`, so
// the gap stays visible in every run; moving a flag out of that list makes it binding.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { findImageIssues, type ImageIssueRow } from "../../lib/curation/find-image-issues";
import { evaluateIssues, type IssueScore, type PlantedSample } from "../../lib/curation/evaluate-issues";
import { listFiles } from "../../lib/curation/list-files";
import { outsideImageLabels, OUTSIDE_IMAGE_TYPES, OUTSIDE_TUNED_TYPES } from "../../lib/curation/outside-image-labels";

const TARGET = 0.95;
/** Flags below target on the outside set (measured 2026-12-03, thresholds tuned on the planted set only), with why. */
// light met it after its redesign (dark-channel black level, brightness-gated clipping), cut on the planted
// AND outside tune halves: it is held to the target on the whole outside set and on the unseen test half.
// noisy met it after its redesign (the noise that halves under 2 x 2 averaging), cut on the planted tune half only.
const BELOW_TARGET: Record<string, string> = {
  blurry: "P 0.90 R 1.00: one sharp b/w architecture photo (plasma-Grey, smooth gradients, 0.535) scores above a motion-blurred positive (0.534), so no cut separates them; tried and rejected on 2026-12-03: edge-height/contrast ratio per tile, Crete-Roffet on the gradient image, full- vs half-scale blur",
};
/**
 * The rules and defaults before issue 17, recomputed from the same pixel statistics, so
 * the new defaults can be compared with them on the same planted set. (Decoding was
 * lenient then, which cannot be recomputed from a strict scan: unreadable is left out.)
 */
const BEFORE: Record<string, (s: NonNullable<ImageIssueRow["stats"]>, r: ImageIssueRow) => boolean> = {
  dark: (s) => 1 - s.p95 >= 0.67,
  light: (s) => Math.max(s.p5, s.clipped / 0.06) >= 0.53,
  blurry: (s) => Math.min(s.width, s.height) >= 32 && s.blur >= 0.51,
  lowInformation: (s) => 1 - s.contrast / Math.max(0.02, Math.min(s.meanBrightness, 1 - s.meanBrightness)) / 0.25 >= 0.64,
  grayscale: (s) => 1 - s.saturation / 0.1 >= 0.78,
  oddAspectRatio: (_s, r) => r.scores.oddAspectRatio >= 0.63,
  oddSize: (_s, r) => r.scores.oddSize >= 0.49,
  noisy: (s) => Math.min(s.width, s.height) >= 32 && s.noiseFull / 20 >= 0.71, // the full-size reading, as before the half-size correction
};
const f1 = (r: IssueScore) => (r.precision + r.recall > 0 ? (2 * r.precision * r.recall) / (r.precision + r.recall) : 0);

let outside: ImageIssueRow[] = [];
let planted: ImageIssueRow[] = [];
const fmt = (r: IssueScore) => `${String(r.planted).padStart(3)} ${String(r.flagged).padStart(4)}  P ${r.precision.toFixed(2)}  R ${r.recall.toFixed(2)}`;

test("per-flag precision and recall: planted test half beside the outside set", async () => {
  outside = await findImageIssues(listFiles("data/curation-outside/images"));
  planted = await findImageIssues(listFiles("data/curation/images"));
  const truth: PlantedSample[] = JSON.parse(readFileSync("data/curation/images-truth.json", "utf8")).samples;
  const p = new Map(evaluateIssues(planted, truth, { split: "test" }).map((r) => [r.type, r]));
  const o = new Map(evaluateIssues(outside, outsideImageLabels(), { types: OUTSIDE_IMAGE_TYPES }).map((r) => [r.type, r]));
  const lines = [...new Set([...p.keys(), ...o.keys()])].map((t) =>
    `${t.padEnd(15)} ${p.get(t) ? fmt(p.get(t)!) : " ".repeat(26)}   ${o.get(t) ? fmt(o.get(t)!) : "(not labelled)"}`);
  const h = new Map(evaluateIssues(outside, outsideImageLabels(), { types: OUTSIDE_IMAGE_TYPES, split: "test" }).map((r) => [r.type, r]));
  const lines2 = lines.map((l, i) => { const t = [...new Set([...p.keys(), ...o.keys()])][i]; return h.get(t) ? `${l}   ${fmt(h.get(t)!)}${OUTSIDE_TUNED_TYPES.includes(t) ? " (cut on the other half)" : ""}` : l; });
  console.log([`${"".padEnd(15)} planted (test half)          outside (hand-labelled, all)  outside, test half only`, `${"flag".padEnd(15)} pos flag  precision recall    pos flag  precision recall    pos flag  precision recall`, ...lines2].join("\n"));
  // The old rules on the same rows (the low-information rule hides exposure/focus/colour/noise flags, as flagImage does).
  const oldRows = planted.map((r) => {
    if (!r.ok || !r.stats) return r;
    const hit = Object.keys(BEFORE).filter((t) => BEFORE[t](r.stats!, r));
    const blank = hit.includes("lowInformation");
    return { ...r, flags: hit.filter((t) => !blank || ["lowInformation", "oddAspectRatio", "oddSize"].includes(t)) };
  });
  const old = new Map(evaluateIssues(oldRows, truth, { split: "test", types: Object.keys(BEFORE) }).map((r) => [r.type, r]));
  console.log(["planted test half, F1 before issue 17 -> now:", ...Object.keys(BEFORE).map((t) =>
    `${t.padEnd(15)} ${f1(old.get(t)!).toFixed(2)} (P ${old.get(t)!.precision.toFixed(2)} R ${old.get(t)!.recall.toFixed(2)}) -> ${f1(p.get(t)!).toFixed(2)}`)].join("\n"));
  for (const t of Object.keys(BEFORE)) {
    assert.ok(f1(p.get(t)!) >= f1(old.get(t)!) - 1e-9, `planted ${t} lost ground: F1 ${f1(old.get(t)!).toFixed(2)} before, ${f1(p.get(t)!).toFixed(2)} now`);
  }
});

for (const type of OUTSIDE_IMAGE_TYPES) {
  test(`outside set: ${type} has precision and recall >= ${TARGET}`, { todo: BELOW_TARGET[type] }, () => {
    const [r] = evaluateIssues(outside, outsideImageLabels(), { types: [type] });
    assert.ok(r.planted >= 3, `${type}: at least 3 labelled positives`);
    assert.ok(r.precision >= TARGET && r.recall >= TARGET, `${type}: P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)}`);
    if (OUTSIDE_TUNED_TYPES.includes(type)) {
      const [held] = evaluateIssues(outside, outsideImageLabels(), { types: [type], split: "test" });
      assert.ok(held.planted >= 3 && held.precision >= TARGET && held.recall >= TARGET, `${type} on the unseen half: P ${held.precision.toFixed(2)} R ${held.recall.toFixed(2)}`);
    }
  });
}

test("strict decoding: damaged files a lenient decoder opens are unreadable with the decoder's reason; lenient salvages them", async () => {
  const damaged = listFiles("data/curation-outside/images").filter((f) => /badcrc|extraneous|-corrupt\.jpg$/.test(f) && !f.includes("Aqua"));
  assert.ok(damaged.length >= 4);
  const strict = await findImageIssues(damaged);
  for (const r of strict) {
    assert.deepEqual(r.flags, ["unreadable"], r.path);
    assert.ok(r.error && r.error.length > 5, `${r.path}: a reason`);
  }
  const salvaged = await findImageIssues(damaged, { lenient: true });
  for (const r of salvaged) {
    assert.ok(r.ok, `${r.path} is salvaged with lenient: true`);
    assert.ok(r.warnings.some((w) => w.startsWith("damaged, decoded leniently")), `${r.path}: warns that it was damaged`);
  }
});
