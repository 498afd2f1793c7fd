import * as ort from "onnxruntime-node";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { InputError, MissingDataError } from "../errors/workshop-error";
import { BUNDLED_MODELS } from "./bundled-models";
import { bundledModelPath, type BundledModelPathOptions } from "./bundled-model-path";

/** An ONNX model ready to run. */
export interface LoadedModel {
  /** The name it was loaded by (a bundled model's name, or the file path). */
  name: string;
  /** Absolute path of the .onnx file. */
  path: string;
  session: ort.InferenceSession;
  inputNames: readonly string[];
  outputNames: readonly string[];
}

export interface LoadModelOptions extends BundledModelPathOptions {
  /** Threads ONNX Runtime may use inside one operator (default 2). */
  threads?: number;
}

const sessions = new Map<string, Promise<LoadedModel>>();

/**
 * Loads a bundled model by name ("person-detector", "nsfw-classifier": converted from
 * TF.js to ONNX on first use, then cached) or any ONNX model file into an onnxruntime-node
 * session. Loading the same unchanged file again returns the session already made.
 *
 * @example
 * const model = await loadModel("models/my-encoder.onnx");
 * model.inputNames; // ["pixel_values"]
 * const detector = await loadModel("person-detector");
 */
export async function loadModel(nameOrPath: string, options: LoadModelOptions = {}): Promise<LoadedModel> {
  const { threads = 2 } = options;
  const bundled = Object.prototype.hasOwnProperty.call(BUNDLED_MODELS, nameOrPath);
  const path = bundled ? bundledModelPath(nameOrPath, options) : nameOrPath;
  const abs = resolve(path);
  if (!existsSync(abs)) {
    throw new MissingDataError(`No model file at '${path}'.`, `Check the path (notebooks run from the workshop root), or use a bundled model: ${Object.keys(BUNDLED_MODELS).join(", ")}.`);
  }
  const stat = statSync(abs);
  if (!stat.isFile()) throw new InputError(`Expected an ONNX model file, got the folder '${path}'.`, "Pass the path of a .onnx file.");
  const key = `${abs}|${stat.mtimeMs}|${stat.size}|${threads}`;
  let loading = sessions.get(key);
  if (!loading) {
    loading = open(abs, bundled ? nameOrPath : path, threads);
    sessions.set(key, loading);
    loading.catch(() => sessions.delete(key));
  }
  return loading;
}

async function open(abs: string, name: string, threads: number): Promise<LoadedModel> {
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(abs, { intraOpNumThreads: threads, interOpNumThreads: 1 });
  } catch (err) {
    const why = String((err as Error).message).split("\n")[0].slice(0, 200);
    throw new InputError(`Expected an ONNX model, but ONNX Runtime could not load '${name}': ${why}`, "Pass a .onnx file exported from PyTorch, TensorFlow or another framework; a TF.js model.json needs converting first.");
  }
  return { name, path: abs, session, inputNames: session.inputNames, outputNames: session.outputNames };
}
