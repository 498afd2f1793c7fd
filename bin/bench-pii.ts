// Benchmark of PII detection: throughput on mixed text (detectPII vs the naive baseline,
// measured in the same run) and the worst time per recogniser on 1 MB adversarial inputs.
// Run: npm run bench:pii   (TZ=UTC; numbers vary with the machine, ratios much less)
import { performance } from "node:perf_hooks";
import { detectPII } from "../lib/pii/detect-pii";
import { naivePII, naiveRecognizers } from "../lib/pii/naive-pii";
import { defaultRecognizers } from "../lib/pii/default-recognizers";
import { runRecognizer } from "../lib/pii/run-recognizer";
import { loadPIICorpus } from "../lib/pii/load-pii-corpus";
import { loadSpamEmails } from "../lib/pii/load-spam-emails";
import { nearMissInputs } from "../lib/pii/near-miss-inputs";
import { bestCpuSeconds } from "./best-cpu-seconds";

/** Best of `runs` wall-clock seconds. */
function best(fn: () => unknown, runs = 3): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min / 1000;
}


const MB = 1_000_000;
const docs = loadPIICorpus().map((d) => d.text).concat(loadSpamEmails({ limit: 80 }).map((m) => m.text));
let mixed: string[] = [];
for (let size = 0, i = 0; size < 2 * MB; i++) { mixed.push(docs[i % docs.length]); size += docs[i % docs.length].length; }
const mb = mixed.reduce((s, d) => s + d.length, 0) / MB;
mixed.forEach((d) => { detectPII(d); naivePII(d); }); // warm up the JIT
const ours = best(() => mixed.forEach((d) => detectPII(d)));
const naive = best(() => mixed.forEach((d) => naivePII(d)));
const oursCpu = bestCpuSeconds(() => mixed.forEach((d) => detectPII(d)));
const naiveCpu = bestCpuSeconds(() => mixed.forEach((d) => naivePII(d)));
console.log(`mixed text: ${mb.toFixed(2)} MB in ${mixed.length} documents (labelled corpus + SpamAssassin mails)`);
console.log(`  detectPII (all recognisers): ${(mb / ours).toFixed(1)} MB/s wall, ${(mb / oursCpu).toFixed(1)} MB per CPU-second`);
console.log(`  naive baseline (14 regexes): ${(mb / naive).toFixed(1)} MB/s wall, ${(mb / naiveCpu).toFixed(1)} MB per CPU-second`);
console.log(`  detectPII takes ${(oursCpu / naiveCpu).toFixed(2)}x the naive baseline's CPU time`);

// Dense, PII-heavy text: the second labelled corpus (chats, CSV, logs, invoices, forms), about
// one labelled span every 150 characters. Target: >= 15 MB per CPU-second on one core.
const denseDocs = loadPIICorpus({ path: "data/pii/corpus-second.jsonl" }).map((d) => d.text);
let dense: string[] = [];
for (let size = 0, i = 0; size < 2 * MB; i++) { dense.push(denseDocs[i % denseDocs.length]); size += denseDocs[i % denseDocs.length].length; }
const denseMb = dense.reduce((s, d) => s + d.length, 0) / MB;
dense.forEach((d) => detectPII(d));
const denseWall = best(() => dense.forEach((d) => detectPII(d)));
const denseCpu = bestCpuSeconds(() => dense.forEach((d) => detectPII(d)));
const denseNaive = bestCpuSeconds(() => dense.forEach((d) => naivePII(d)));
console.log(`dense text: ${denseMb.toFixed(2)} MB in ${dense.length} documents (data/pii/corpus-second.jsonl)`);
console.log(`  detectPII: ${(denseMb / denseWall).toFixed(1)} MB/s wall, ${(denseMb / denseCpu).toFixed(1)} MB per CPU-second ` +
  `(target >= 15: ${denseMb / denseCpu >= 15 ? "met" : "NOT met"}); ${(denseCpu / denseNaive).toFixed(2)}x the naive baseline's CPU time`);
console.log(`  dense / mixed speed: ${((denseMb / denseCpu) / (mb / oursCpu)).toFixed(2)}`);
dense = [];

const inputs = nearMissInputs(MB);
const rows: [string, number, string][] = [];
for (const r of [...defaultRecognizers(), ...naiveRecognizers()]) {
  let worst = 0, label = "";
  for (const [l, text] of inputs) {
    const t = bestCpuSeconds(() => runRecognizer(r, text), 2);
    if (t > worst) { worst = t; label = l; }
  }
  rows.push([r.name, worst, label]);
}
const whole = inputs.map(([l, text]) => [l, bestCpuSeconds(() => detectPII(text), 2)] as const).sort((a, b) => b[1] - a[1]);
const scan = bestCpuSeconds(() => inputs.forEach(([, text]) => /\u0000/g.test(text)), 3) / inputs.length;
console.log(`\n1 MB adversarial inputs (${inputs.length} near-miss families), worst family per recogniser (CPU time):`);
console.log(`  baseline: one linear regex scan of 1 MB takes ${(scan * 1000).toFixed(2)} ms`);
for (const [name, t, label] of rows.sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(26)} ${(t * 1000).toFixed(0).padStart(6)} ms  (${(t / scan).toFixed(0)}x a plain scan; worst: ${label})`);
}
console.log(`  detectPII, all recognisers: worst ${(whole[0][1] * 1000).toFixed(0)} ms on "${whole[0][0]}"; every family under 1 s: ${whole.every(([, t]) => t < 1)}`);
mixed = [];
