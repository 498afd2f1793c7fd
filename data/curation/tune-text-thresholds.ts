/**
 * Shows how the default text thresholds were chosen: on the "tune" half of the planted
 * documents only, per issue type, the highest score of a document without that defect
 * and the lowest score of one with it; the default sits in that gap (or, where they
 * overlap, at the cut with the fewest errors: chooseThreshold). Also prints the
 * MinHash similarity of planted near-duplicate pairs against the most similar unrelated pair.
 *   npx tsx data/curation/tune-text-thresholds.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findTextIssues } from "../../lib/curation/find-text-issues";
import { chooseThreshold } from "../../lib/curation/choose-threshold";
import { estimateJaccard, minHash } from "../../lib/curation/min-hash";
import { MIN_WORDS_TO_JUDGE, TEXT_THRESHOLDS, type TextIssueType } from "../../lib/curation/score-text";

const docs: { id: string; text: string }[] = JSON.parse(readFileSync(join(__dirname, "texts.json"), "utf8")).docs;
const truth: { file: string; split: string; defects: string[]; nearDuplicateOf?: string; duplicateOf?: string }[] =
  JSON.parse(readFileSync(join(__dirname, "texts-truth.json"), "utf8")).samples;

const rows = findTextIssues(docs);
const byId = new Map(rows.map((r) => [r.id, r]));
const tune = truth.filter((s) => s.split === "tune" && byId.get(s.file)?.ok);
for (const type of Object.keys(TEXT_THRESHOLDS) as TextIssueType[]) {
  // Very short documents are judged on length and mojibake only (see flagText).
  const judged = tune.filter((s) => type === "extremeLength" || type === "mojibake" || byId.get(s.file)!.words >= MIN_WORDS_TO_JUDGE);
  const pos = judged.filter((s) => s.defects.includes(type)).map((s) => byId.get(s.file)!.scores[type]);
  const neg = judged.filter((s) => !s.defects.includes(type)).map((s) => byId.get(s.file)!.scores[type]);
  const maxNeg = Math.max(...neg), minPos = Math.min(...pos);
  const choice = chooseThreshold(pos, neg);
  console.log(`${type.padEnd(14)} clean max ${maxNeg.toFixed(3)}  planted min ${minPos.toFixed(3)}  ` +
    `${choice.separable ? "midpoint" : `fewest errors (${choice.errors}) at`} ${choice.threshold.toFixed(3)}  default ${TEXT_THRESHOLDS[type]}`);
}
const text = new Map(docs.map((d) => [d.id, d.text]));
const keyed = tune.filter((s) => !s.duplicateOf && byId.get(s.file)!.words >= MIN_WORDS_TO_JUDGE);
const sig = new Map(keyed.map((s) => [s.file, minHash(text.get(s.file)!)]));
const planted: number[] = [];
let unrelated = 0;
for (let a = 0; a < keyed.length; a++)
  for (let b = a + 1; b < keyed.length; b++) {
    const j = estimateJaccard(sig.get(keyed[a].file)!, sig.get(keyed[b].file)!);
    if (keyed[a].nearDuplicateOf === keyed[b].file || keyed[b].nearDuplicateOf === keyed[a].file) planted.push(j);
    else unrelated = Math.max(unrelated, j);
  }
console.log(`nearDuplicate  planted pairs ${planted.sort().map((j) => j.toFixed(2)).join(" ")}; most similar unrelated pair ${unrelated.toFixed(2)}; ` +
  `midpoint ${((Math.min(...planted) + unrelated) / 2).toFixed(3)}`);
