// Dev-only: runs the original TF.js graph models on the wasm backend, to check the
// ONNX conversions and to benchmark against. Not part of lib (tfjs is a devDependency).
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { dirname, join } from "node:path";
import { BUNDLED_MODELS, packageDir, type BundledModelName } from "../../lib/models/bundled-models";
import { projectRoot } from "../../lib/data/project-root";

let ready: Promise<void> | undefined;

/** Selects TF.js's wasm backend (the .wasm files ship inside the npm package). */
export function useWasmBackend(threads = 1): Promise<void> {
  ready ??= (async () => {
    const wasmDir = join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm")), "/");
    setWasmPaths(wasmDir);
    if (threads > 1) tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", true);
    await tf.setBackend("wasm");
    await tf.ready();
  })();
  return ready;
}

/** Loads a bundled model's original TF.js graph from its npm package. */
export async function loadTfjsModel(name: BundledModelName): Promise<tf.GraphModel> {
  await useWasmBackend();
  const spec = BUNDLED_MODELS[name];
  const { model, shards } = spec.read(packageDir(spec.package, projectRoot()).dir);
  const weightSpecs = model.weightsManifest.flatMap((g: { weights: tf.io.WeightsManifestEntry[] }) => g.weights);
  const total = shards.reduce((s, b) => s + b.length, 0);
  const data = new Uint8Array(total);
  let at = 0;
  for (const b of shards) { data.set(b, at); at += b.length; }
  return tf.loadGraphModel(tf.io.fromMemory({ modelTopology: model.modelTopology as any, weightSpecs, weightData: data.buffer }));
}

/** Runs a TF.js graph model on one NHWC float tensor and returns the named outputs' values. */
export async function runTfjs(model: tf.GraphModel, data: Float32Array, dims: number[], outputs: string[]): Promise<Float32Array[]> {
  const input = tf.tensor(data, dims, "float32");
  const executed = model.execute(input, outputs);
  const result = Array.isArray(executed) ? executed : [executed];
  const values = await Promise.all(result.map(async (r) => (await r.data()) as Float32Array));
  tf.dispose([input, ...result]);
  return values;
}

export { tf };
