/**
 * Grid-sorting benchmark (lab 05): FLAS and LAS on 1024 seeded random RGB colours on a
 * 32 x 32 grid, scored with DPQ16, next to a random layout and a hue-sort baseline in the
 * same run, and beside the published figures:
 * - authors' comparison table (Visual-Computing/GradSort README, "grid-based-sorting-methods"):
 *   DPQ16 FLAS 0.945, LAS 0.954, SOM 0.918, IsoMatch 0.783;
 * - the authors' own code run on their colours (issue 13): FLAS 0.944 in 0.10 s,
 *   LAS 0.950 in 2.8 s, random 0.340.
 * Times are best-of CPU seconds (bin/best-cpu-seconds.ts); the ratio to the hue sort and to
 * one DPQ evaluation, measured here, is what carries over between machines.
 *   npm run bench -- --only synsets
 */
import { bestCpuSeconds } from "./best-cpu-seconds";
import { dpq } from "../lib/grid/dpq";
import { flas } from "../lib/grid/flas";
import { hueSortLayout } from "../lib/grid/hue-sort-layout";
import { las } from "../lib/grid/las";
import { placeOnGrid } from "../lib/grid/place-on-grid";
import { randomLayout } from "../lib/grid/random-layout";
import { seededRandom } from "../lib/llm-text/seeded-random";
import type { GridLayout } from "../lib/grid/flas";

const rand = seededRandom(3);
const colours = Array.from({ length: 1024 }, () => [Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256)]);
const score = (l: GridLayout) => dpq(placeOnGrid(l, colours), { columns: 32 });

const rows: [string, number, number, string][] = [];
let layout = randomLayout(1024, { columns: 32, seed: 1 });
rows.push(["random", score(layout), bestCpuSeconds(() => randomLayout(1024, { columns: 32, seed: 1 })), "0.340"]);
const hueSeconds = bestCpuSeconds(() => (layout = hueSortLayout(colours, { columns: 32 })));
rows.push(["hue sort", score(layout), hueSeconds, "-"]);
const flasSeconds = bestCpuSeconds(() => (layout = flas(colours, { columns: 32 })), 3);
rows.push(["FLAS", score(layout), flasSeconds, "0.945 (table), 0.944 in 0.10 s (their code)"]);
const lasSeconds = bestCpuSeconds(() => (layout = las(colours, { columns: 32 })), 1);
rows.push(["LAS", score(layout), lasSeconds, "0.954 (table), 0.950 in 2.8 s (their code)"]);
const dpqSeconds = bestCpuSeconds(() => score(layout), 1);

console.log("1024 random RGB colours on 32 x 32, DPQ16 (higher is better); SOM 0.918 and IsoMatch 0.783 in the authors' table");
console.log("method     DPQ16   CPU s    authors");
for (const [name, q, s, ref] of rows) console.log(`${name.padEnd(10)} ${q.toFixed(3)}   ${s.toFixed(3).padStart(6)}   ${ref}`);
console.log(`FLAS takes ${(flasSeconds / dpqSeconds).toFixed(2)}x one DPQ evaluation (${dpqSeconds.toFixed(3)} s), LAS ${(lasSeconds / flasSeconds).toFixed(1)}x FLAS`);
