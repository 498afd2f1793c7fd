// Models: images/s for the converted ONNX models (onnxruntime-node) against the original
// TF.js graph models on TF.js's wasm backend (SIMD, 1 thread), on the same preprocessed
// tensors in the same run (rounds alternate, medians reported), and the time to
// convert + load each model cold (empty cache) and cached.
// Run: npm run bench:models [-- --rounds 3 --images 12]
import * as ort from "onnxruntime-node";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { bundledModelPath } from "../lib/models/bundled-model-path";
import { imageToTensor, type ImageTensor } from "../lib/models/image-to-tensor";
import type { BundledModelName } from "../lib/models/bundled-models";
import { loadTfjsModel, runTfjs } from "../test/models/tfjs-reference";
import { parityImages } from "../test/models/parity-images";

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MODELS: Array<{ name: BundledModelName; size: number; scale: number; output: string }> = [
  { name: "nsfw-classifier", size: 224, scale: 1 / 255, output: "Identity" },
  { name: "person-detector", size: 512, scale: 1, output: "tower_0/detections" },
];

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function benchModel(m: (typeof MODELS)[number], tensors: ImageTensor[], rounds: number): Promise<void> {
  const cacheDir = mkdtempSync(join(tmpdir(), "uyd-bench-models-"));
  let path = "";
  const convert = await timeIt(async () => { path = bundledModelPath(m.name, { cacheDir }); });
  const sessions: Record<string, ort.InferenceSession> = {};
  const coldLoad = await timeIt(async () => { sessions.t2 = await ort.InferenceSession.create(path, { intraOpNumThreads: 2 }); });
  const cached = await timeIt(async () => {
    bundledModelPath(m.name, { cacheDir });
    sessions.t1 = await ort.InferenceSession.create(path, { intraOpNumThreads: 1 });
  });
  const tfLoad = await timeIt(async () => { (sessions as any).tf = await loadTfjsModel(m.name); });
  const tfModel = (sessions as any).tf;
  const input = sessions.t2.inputNames[0];
  const runOrt = (s: ort.InferenceSession) => async () => {
    for (const t of tensors) await s.run({ [input]: new ort.Tensor("float32", t.data, t.dims) }, [m.output]);
  };
  const runTf = async () => { for (const t of tensors) await runTfjs(tfModel, t.data, t.dims, [m.output]); };
  await runOrt(sessions.t2)(); await runOrt(sessions.t1)(); await runTf(); // warm-up
  const times: Record<"t2" | "t1" | "tf", number[]> = { t2: [], t1: [], tf: [] };
  for (let r = 0; r < rounds; r++) {
    times.tf.push(await timeIt(runTf));
    times.t2.push(await timeIt(runOrt(sessions.t2)));
    times.t1.push(await timeIt(runOrt(sessions.t1)));
  }
  const rate = (ms: number[]) => tensors.length / (median(ms) / 1000);
  const [t2, t1, tf] = [rate(times.t2), rate(times.t1), rate(times.tf)];
  console.log(`${m.name} (${m.size}x${m.size}, ${tensors.length} images x ${rounds} rounds, medians):`);
  console.log(`  ONNX Runtime 2 threads ${t2.toFixed(2)} img/s, 1 thread ${t1.toFixed(2)} img/s; TF.js wasm ${tf.toFixed(2)} img/s`);
  console.log(`  ratio ONNX/TF.js: ${(t2 / tf).toFixed(2)}x (2 threads), ${(t1 / tf).toFixed(2)}x (1 thread vs 1 thread)`);
  console.log(`  load: cold = convert ${(convert / 1000).toFixed(2)} s + session ${(coldLoad / 1000).toFixed(2)} s; ` +
    `cached = ${(cached / 1000).toFixed(2)} s; TF.js load ${(tfLoad / 1000).toFixed(2)} s`);
  tfModel.dispose();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, images: { type: "string", default: "12" } } });
  const images = (await parityImages()).slice(0, Number(values.images)).map((i) => i.image);
  console.log(`models bench: load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on 2 cores (wall-clock rates drop when others run)`);
  for (const m of MODELS) {
    const tensors = await Promise.all(images.map((img) => imageToTensor(img, { size: m.size, scale: m.scale, layout: "nhwc" })));
    await benchModel(m, tensors, Number(values.rounds));
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
