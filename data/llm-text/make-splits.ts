// Splits the model-written paragraphs into a reference half (what the estimator may learn
// from) and a held-out half (only ever used inside test mixtures), at random with a fixed
// seed, and copies the human split from sources.json. Writes data/llm-text/splits.json.
//   npx tsx data/llm-text/make-splits.ts
import { readFileSync, writeFileSync, renameSync } from "node:fs";
import { loadModelText } from "../../lib/llm-text/load-model-text";
import { seededRandom, shuffled } from "../../lib/llm-text/seeded-random";

const sources = JSON.parse(readFileSync("data/llm-text/sources.json", "utf8"));
const out: Record<string, { reference: string[]; heldout: string[] }> = { human: sources.human };
for (const [kind, seed] of [["generated", 7183], ["polished", 16887]] as const) {
  const ids = shuffled(loadModelText({ kind }).map((r) => r.id), seededRandom(seed));
  const half = Math.floor(ids.length / 2);
  out[kind] = { reference: ids.slice(0, half).sort(), heldout: ids.slice(half).sort() };
}
const note = "Reference parts may be used to fit the estimator; held-out parts only to build test mixtures. Made by make-splits.ts.";
writeFileSync("data/llm-text/splits.json.tmp", JSON.stringify({ note, ...out }, null, 1) + "\n");
renameSync("data/llm-text/splits.json.tmp", "data/llm-text/splits.json");
for (const [k, v] of Object.entries(out)) console.log(k, "reference", v.reference.length, "held-out", v.heldout.length);
