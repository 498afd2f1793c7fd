import { test } from "node:test";
import assert from "node:assert/strict";
import { estimateLLMFraction } from "../../lib/llm-text/estimate-llm-fraction";
import { mixtureMLE } from "../../lib/llm-text/mixture-mle";
import { binnedLogDensity } from "../../lib/llm-text/binned-log-density";
import { evaluateEstimator, type EvaluationRow } from "../../lib/llm-text/evaluate-estimator";
import { loadDetectionSets } from "../../lib/llm-text/load-detection-sets";
import { seededRandom } from "../../lib/llm-text/seeded-random";

test("the mixture MLE recovers a share from clear-cut log-density ratios", () => {
  assert.ok(Math.abs(mixtureMLE([-9, -9, -9, 9]) - 0.25) < 0.01);
  assert.equal(mixtureMLE([-3, -2, -4]), 0);
  assert.equal(mixtureMLE([3, 2]), 1);
});

test("a binned density is highest near its samples and finite far away", () => {
  const f = binnedLogDensity([0, 0.1, 0.2, 1, 1.1]);
  assert.ok(f(0.1) > f(3) && Number.isFinite(f(1e6)) && f(10) > f(100));
});

// Synthetic corpora: "human" documents use words h0..h29, "model" documents m0..m29, both share c0..c29.
function synth(kind: "h" | "m", n: number, rand: () => number): string[] {
  return Array.from({ length: n }, () => Array.from({ length: 20 }, () => (rand() < 0.5 ? "c" : kind) + Math.floor(rand() * 30)).join(" "));
}

test("on well-separated synthetic text the estimate is close and its interval covers the truth", () => {
  const r = seededRandom(3);
  const docs = [...synth("h", 160, r), ...synth("m", 40, r)];
  const e = estimateLLMFraction(docs, { human: synth("h", 200, r), llm: synth("m", 200, r), bootstrap: 40, seed: 2 });
  assert.ok(Math.abs(e.alpha - 0.2) < 0.05, `alpha ${e.alpha}`);
  assert.ok(e.low <= 0.2 && 0.2 <= e.high);
});

test("the same seed gives the same estimate and interval", () => {
  const r = seededRandom(4);
  const human = synth("h", 60, r), llm = synth("m", 60, r), docs = [...synth("h", 40, r), ...synth("m", 10, r)];
  const a = estimateLLMFraction(docs, { human, llm, bootstrap: 20, seed: 9 });
  const b = estimateLLMFraction(docs, { human, llm, bootstrap: 20, seed: 9 });
  assert.deepEqual(a, b);
});

test("missing or tiny reference sets are refused with a hint", () => {
  assert.throws(() => estimateLLMFraction(["x"], { human: ["a"], llm: ["b"] } as any), /at least 10 texts.*Hint:/);
  assert.throws(() => estimateLLMFraction([], { human: [], llm: [] }), /'docs' to be an array of at least 1/);
});

// The proof asked for by the issue: held-out mixtures with known shares (N = 500), the estimator fitted on reference
// parts only, over three fixed seeds (1, 2, 3; not picked after looking): errors on 5 draws per share and seed
// (75 point estimates per kind), interval coverage on the first 2 of those draws with 40 bootstrap replicates (30
// intervals per kind). Wider runs, measured outside this test and recorded in data/SOURCES.md: generated text, 12
// seeds x 5 draws (300 estimates): worst |error| 0.042, mean 0.010; seed 11 x 5 draws, 200 replicates: worst 0.026,
// all 25 intervals covering. Before the generated set grew from 300 to 500 paragraphs (reference 150 -> 250,
// held-out 150 -> 250) the same 300 estimates gave worst 0.069, mean 0.016.
const sets = loadDetectionSets();
const SEEDS = [1, 2, 3];
const run = (llm: typeof sets.generated, draws: number, bootstrap: number) =>
  SEEDS.flatMap((seed) => evaluateEstimator(sets.human, llm, { seed, draws, bootstrap, size: 500 }));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const summary = (points: EvaluationRow[], intervals: EvaluationRow[]) => ({
  meanError: mean(points.map((r) => r.error)), worstError: Math.max(...points.map((r) => r.error)),
  coverage: intervals.filter((r) => r.covered).length / intervals.length, meanWidth: mean(intervals.map((r) => r.high - r.low)),
  plainMeanError: mean(points.map((r) => r.plainError)), plainWorstError: Math.max(...points.map((r) => r.plainError)),
  plainBias: mean(points.map((r) => r.plain - r.alpha)),
});
function report(kind: string, points: EvaluationRow[], intervals: EvaluationRow[]) {
  const f = (x: number) => x.toFixed(3).padStart(6);
  const line = (label: string, s: ReturnType<typeof summary>) => `  ${label.padEnd(9)} ${f(s.meanError)} ${f(s.worstError)}  ` +
    `${(100 * s.coverage).toFixed(0).padStart(4)}% ${f(s.meanWidth)}   ${f(s.plainMeanError)} ${f(s.plainWorstError)} ${f(s.plainBias)}`;
  const lines = [`${kind}: N = 500, seeds ${SEEDS.join(",")}; ${points.length} estimates, ${intervals.length} intervals`,
    "  share     mean|e| worst|e|  cover  width    plain: mean|e| worst|e|  bias"];
  for (const a of [...new Set(points.map((r) => r.alpha))]) {
    lines.push(line(`a=${a.toFixed(2)}`, summary(points.filter((r) => r.alpha === a), intervals.filter((r) => r.alpha === a))));
  }
  lines.push(line("all", summary(points, intervals)));
  console.log(lines.join("\n"));
  return summary(points, intervals);
}
const gen = { points: run(sets.generated, 5, 0), intervals: run(sets.generated, 2, 40) };
const pol = { points: run(sets.polished, 5, 0), intervals: run(sets.polished, 2, 40) };

test("on held-out mixtures of generated text (N=500) every estimate is within 0.05 and 90% of intervals cover the truth", () => {
  const s = report("generated", gen.points, gen.intervals);
  assert.ok(s.worstError <= 0.05, `worst error ${s.worstError}`);
  assert.ok(s.coverage >= 0.9, `coverage ${s.coverage}`);
});

test("the corrected estimator beats the plain MLE, which shrinks large shares toward zero here", () => {
  const s = summary(gen.points, gen.intervals);
  assert.ok(s.meanError < s.plainMeanError / 2, `corrected ${s.meanError}, plain ${s.plainMeanError}`);
  const atHalf = mean(gen.points.filter((r) => r.alpha === 0.5).map((r) => r.plain - r.alpha));
  assert.ok(atHalf < -0.1, `the plain MLE's bias at a = 0.5 is measured, not assumed: ${atHalf}`);
});

test("polished text is far harder: intervals are much wider, but they still cover the truth", () => {
  const s = report("polished", pol.points, pol.intervals);
  assert.ok(s.meanWidth > 2 * summary(gen.points, gen.intervals).meanWidth, "polishing should be much less detectable than generation");
  assert.ok(s.coverage >= 0.9, `coverage ${s.coverage}`);
});
