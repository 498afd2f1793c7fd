// Picks the human State of the Union paragraphs that the model-written text is made from,
// and splits every pool into a reference part and a held-out part. Seeded: re-running it
// writes the same data/llm-text/splits.json.
//   npx tsx data/llm-text/make-sources.ts
import { writeFileSync, renameSync } from "node:fs";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";
import { seededRandom, shuffled } from "../../lib/llm-text/seeded-random";

const FROM = 1982, TO = 2021, PER_KIND = 360;
// Added later: 140 more sources for "generated" (500 in all, so its held-out half has 250 paragraphs and a
// 500-document mixture at a = 0.5 needs no repeats). Taken from the END of the shuffled order, so the first
// 2 * PER_KIND picks (and every model paragraph already written) stay as they were.
const EXTRA_GENERATED = 140;
const words = (t: string) => t.split(/\s+/).length;
const pool = sotuParagraphs({ from: FROM, to: TO })
  .filter((p) => !p.id.endsWith("-000") && words(p.text) >= 55 && words(p.text) <= 130);
const order = shuffled(pool.map((p) => p.id), seededRandom(2403));
const generatedSources = [...order.slice(0, PER_KIND), ...order.slice(order.length - EXTRA_GENERATED)];
const polishedSources = order.slice(PER_KIND, 2 * PER_KIND);
const human = order.slice(2 * PER_KIND, order.length - EXTRA_GENERATED);
const half = Math.floor(human.length / 2);
const out = {
  note: "Ids of sotuParagraphs({from: 1982, to: 2021}) (targetWords 70). Made by make-sources.ts, seed 2403.",
  generatedSources, polishedSources,
  human: { reference: human.slice(0, half).sort(), heldout: human.slice(half).sort() },
};
writeFileSync("data/llm-text/sources.json.tmp", JSON.stringify(out, null, 1) + "\n");
renameSync("data/llm-text/sources.json.tmp", "data/llm-text/sources.json");
console.log(`pool ${pool.length}; generated sources ${generatedSources.length}, polished ${polishedSources.length}, human ref ${half}, held-out ${human.length - half}`);
