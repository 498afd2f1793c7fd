// Benchmark of lab 06's counting: wordDocFrequencies with Gray's 36 words over every State
// of the Union paragraph (1790-2021, ~11 MB, repeated 4x), against a baseline measured in
// the same run: tokenize each document, put its words in a Set, look each form up.
// Also times one estimateLLMFraction call (500 documents, 200 bootstrap replicates).
// Run: npm run bench:llm-text   (numbers vary with the machine, ratios much less)
import { wordDocFrequencies } from "../lib/llm-text/word-doc-frequencies";
import { wordForms } from "../lib/llm-text/word-forms";
import { GRAY_WORDS } from "../lib/llm-text/gray-words";
import { sotuParagraphs } from "../lib/llm-text/sotu-paragraphs";
import { loadDetectionSets } from "../lib/llm-text/load-detection-sets";
import { makeMixture } from "../lib/llm-text/make-mixture";
import { estimateLLMFraction } from "../lib/llm-text/estimate-llm-fraction";
import { bestCpuSeconds } from "./best-cpu-seconds";


const words = [...GRAY_WORDS.adjectives, ...GRAY_WORDS.adverbs, ...GRAY_WORDS.controls];
const one = sotuParagraphs().map((p) => p.text);
const docs = [...one, ...one, ...one, ...one];
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d), 0) / 1e6;

function baseline(texts: string[]) {
  const forms = words.map((w) => wordForms(w, { verb: w === "consider" }));
  const counts = new Array(words.length).fill(0);
  for (const t of texts) {
    const set = new Set(t.toLowerCase().match(/[a-z]+/g) ?? []);
    forms.forEach((fs, i) => { if (fs.some((f) => set.has(f))) counts[i]++; });
  }
  return counts;
}

const check = wordDocFrequencies(docs, words, { verbs: ["consider"] });
const base = baseline(docs);
if (words.some((w, i) => check.counts[w] !== base[i])) throw new Error("baseline and wordDocFrequencies disagree");
const tFast = bestCpuSeconds(() => wordDocFrequencies(docs, words, { verbs: ["consider"] }));
const tBase = bestCpuSeconds(() => baseline(docs));
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB, 36 words`);
console.log(`wordDocFrequencies: ${(docs.length / tFast).toFixed(0)} docs/s, ${(mb / tFast).toFixed(1)} MB/s (CPU time, one core)`);
console.log(`baseline (tokenize + Set): ${(docs.length / tBase).toFixed(0)} docs/s, ${(mb / tBase).toFixed(1)} MB/s`);
console.log(`ratio: ${(tBase / tFast).toFixed(2)}x faster than the baseline; target >= 50 MB/s: ${mb / tFast >= 50 ? "met" : "NOT met"}`);

const sets = loadDetectionSets();
const mix = makeMixture(sets.human.heldout, sets.generated.heldout, { alpha: 0.1, size: 500, seed: 1 });
const tEst = bestCpuSeconds(() => estimateLLMFraction(mix.docs, { human: sets.human.reference, llm: sets.generated.reference, bootstrap: 200 }), 2);
console.log(`estimateLLMFraction (500 docs, 1,179 reference docs, 200 bootstrap replicates): ${tEst.toFixed(2)} s CPU`);
