// Picks the human State of the Union paragraphs that the model-written text is made from,
// and splits every pool into a reference part and a held-out part. Seeded: re-running it
// writes the same data/llm-text/splits.json.
//   npx tsx data/llm-text/make-sources.ts
import { writeFileSync, renameSync } from "node:fs";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";
import { seededRandom, shuffled } from "../../lib/llm-text/seeded-random";

const FROM = 1982, TO = 2021, PER_KIND = 360;
const words = (t: string) => t.split(/\s+/).length;
const pool = sotuParagraphs({ from: FROM, to: TO })
  .filter((p) => !p.id.endsWith("-000") && words(p.text) >= 55 && words(p.text) <= 130);
const order = shuffled(pool.map((p) => p.id), seededRandom(2403));
const generatedSources = order.slice(0, PER_KIND);
const polishedSources = order.slice(PER_KIND, 2 * PER_KIND);
const human = order.slice(2 * PER_KIND);
const half = Math.floor(human.length / 2);
const out = {
  note: "Ids of sotuParagraphs({from: 1982, to: 2021}) (targetWords 70). Made by make-sources.ts, seed 2403.",
  generatedSources, polishedSources,
  human: { reference: human.slice(0, half).sort(), heldout: human.slice(half).sort() },
};
writeFileSync("data/llm-text/sources.json.tmp", JSON.stringify(out, null, 1) + "\n");
renameSync("data/llm-text/sources.json.tmp", "data/llm-text/sources.json");
console.log(`pool ${pool.length}; generated sources ${generatedSources.length}, polished ${polishedSources.length}, human ref ${half}, held-out ${human.length - half}`);
