// Filtering: nsfwScores throughput, end to end per image (sharp decode + nsfwjs preprocessing
// + model), on ONNX Runtime against nsfwjs's own TF.js classify on the same decoded pixels,
// 1 thread against 1 thread: ORT intraOpNumThreads 1; TF.js wasm backend without threads
// (SIMD); and TF.js's pure-JS cpu backend on fewer images. Rounds alternate; medians.
// Run: npx tsx bin/bench-filtering.ts [-- --rounds 3 --images 12]
import sharp from "sharp";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { loadSafeSubsets } from "../lib/filtering/load-safe-subsets";
import { nsfwScores } from "../lib/models/nsfw-scores";
import { tf, useWasmBackend } from "../test/models/tfjs-reference";

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, images: { type: "string", default: "12" } } });
  const rounds = Number(values.rounds);
  const paths = Object.values(loadSafeSubsets()).flatMap((s) => s.slice(0, 3)).slice(0, Number(values.images)).map((i) => i.path);
  const cpuPaths = paths.slice(0, 1); // the pure-JS backend takes about 10 s an image here
  console.log(`filtering bench: load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on 2 cores (wall-clock rates drop when others run)`);
  await useWasmBackend(1);
  const nsfwjs = require("nsfwjs");
  const info = console.info;
  console.info = () => {};
  const wasmModel = await nsfwjs.load("MobileNetV2Mid");
  await tf.setBackend("cpu");
  const cpuModel = await nsfwjs.load("MobileNetV2Mid");
  console.info = info;
  const tfjsRun = (backend: string, model: any, list: string[]) => async () => {
    await tf.setBackend(backend);
    for (const p of list) {
      const { data, info: i } = await sharp(p).rotate().flatten({ background: "#000" }).toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
      const input = tf.tensor3d(new Int32Array(data), [i.height, i.width, 3], "int32");
      await model.classify(input);
      input.dispose();
    }
  };
  const ortRun = () => nsfwScores(paths, { threads: 1 });
  await ortRun(); await tfjsRun("wasm", wasmModel, paths.slice(0, 2))(); await tfjsRun("cpu", cpuModel, cpuPaths)(); // warm-up
  const t = { ort: [] as number[], wasm: [] as number[], cpu: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    t.ort.push(await time(ortRun));
    t.wasm.push(await time(tfjsRun("wasm", wasmModel, paths)));
    t.cpu.push(await time(tfjsRun("cpu", cpuModel, cpuPaths)));
  }
  const ort = paths.length / median(t.ort), wasm = paths.length / median(t.wasm), cpu = cpuPaths.length / median(t.cpu);
  console.log(`nsfwScores, ${paths.length} safe images x ${rounds} rounds (TF.js cpu: ${cpuPaths.length} images), medians, 1 thread each:`);
  console.log(`  ONNX Runtime ${ort.toFixed(2)} img/s; nsfwjs on TF.js wasm ${wasm.toFixed(2)} img/s; nsfwjs on TF.js cpu (pure JS) ${cpu.toFixed(2)} img/s`);
  console.log(`  ratio ORT/TF.js wasm ${(ort / wasm).toFixed(2)}x; ORT/TF.js cpu ${(ort / cpu).toFixed(1)}x`);
  wasmModel.dispose();
  cpuModel.dispose();
}

main().catch((err) => { console.error(err); process.exit(1); });
