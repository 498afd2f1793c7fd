import { InputError } from "../errors/workshop-error";
import { buildOnnxModel, type OnnxValue } from "./build-onnx-model";
import type { TfTensor } from "./decode-tfjs-weights";
import { TfConvertContext, tfAttr, type TfNode } from "./tf-convert-context";
import { convertConv, convertMatMul, convertPool, convertResize, type TfOpConverter } from "./tf-ops-nn";
import * as basic from "./tf-ops-basic";

const OPS: Record<string, TfOpConverter> = {
  ...Object.fromEntries(Object.keys(basic.SAME_NAME).map((op) => [op, basic.convertElementwise])),
  Conv2D: convertConv, _FusedConv2D: convertConv, DepthwiseConv2dNative: convertConv, FusedDepthwiseConv2dNative: convertConv,
  MaxPool: convertPool, AvgPool: convertPool, ResizeBilinear: convertResize, ResizeNearestNeighbor: convertResize,
  MatMul: convertMatMul, _FusedMatMul: convertMatMul, Relu6: basic.convertRelu6,
  Mean: basic.convertReduce, Max: basic.convertReduce, Min: basic.convertReduce, Sum: basic.convertReduce,
  ConcatV2: basic.convertConcat, Reshape: basic.convertReshape, Squeeze: basic.convertSqueeze,
  ExpandDims: basic.convertExpandDims, Cast: basic.convertCast, GatherV2: basic.convertGather,
  StridedSlice: basic.convertStridedSlice, TopKV2: basic.convertTopK, FloorDiv: basic.convertFloorOp, FloorMod: basic.convertFloorOp,
};

/** The TF ops the converter knows, for error messages and docs. */
export const SUPPORTED_TF_OPS = ["Const", "Placeholder", ...Object.keys(OPS)].sort();

/** A TF.js graph model's model.json, the parts the converter reads. */
export interface TfjsGraphModel {
  format?: string;
  modelTopology: { node: TfNode[] };
  signature?: { outputs?: Record<string, { name: string }> };
  userDefinedMetadata?: { signature?: { outputs?: Record<string, { name: string }> } };
}

export interface ConvertTfjsGraphOptions {
  /** Graph outputs to keep (default the model's signature outputs, else every node nobody reads). */
  outputs?: string[];
}

/**
 * Converts a TF.js graph model (model.json + decoded weights) to ONNX bytes. Tensors keep
 * TF's NHWC layout; convolutions and pools run in NCHW between transposes, which ONNX
 * Runtime's optimizer folds away. An op without a converter fails with its name and node.
 *
 * @example
 * const onnxBytes = convertTfjsGraph(modelJson, decodeTfjsWeights(modelJson.weightsManifest, shards));
 */
export function convertTfjsGraph(model: TfjsGraphModel, weights: Map<string, TfTensor>, options: ConvertTfjsGraphOptions = {}): Uint8Array {
  const nodes = new Map(model.modelTopology.node.map((n) => [n.name, n]));
  const sig = model.signature?.outputs ?? model.userDefinedMetadata?.signature?.outputs;
  const consumed = new Set(model.modelTopology.node.flatMap((n) => (n.input ?? []).map((r) => r.replace(/^\^/, "").split(":")[0])));
  const outputs = options.outputs ?? (sig ? Object.values(sig).map((o) => o.name.replace(/:0$/, "")) : [...nodes.keys()].filter((n) => !consumed.has(n)));
  const ctx = new TfConvertContext(weights, nodes);
  const inputs: OnnxValue[] = [];
  for (const node of topoOrder(nodes, outputs)) {
    const ins = (node.input ?? []).filter((r) => !r.startsWith("^"));
    if (node.op === "Const") {
      if (!weights.has(node.name)) throw new InputError(`Const node '${node.name}' has no weights in the manifest.`, "The weight shards do not belong to this model.json.");
    } else if (node.op === "Placeholder") {
      const dims = tfAttr(node, "shape")?.shape?.dim as Array<{ size: string }> | undefined;
      inputs.push({ name: node.name, dtype: "float32", shape: dims?.map((d, i) => (Number(d.size) < 0 ? (i === 0 ? "N" : `d${i}`) : Number(d.size))) });
    } else if (OPS[node.op]) {
      OPS[node.op](ctx, node, ins, node.name);
    } else {
      throw new InputError(`Cannot convert op '${node.op}' (node '${node.name}'): the converter supports ${SUPPORTED_TF_OPS.join(", ")}.`, "Add a converter for this op in lib/models, or pick a model that does not use it.");
    }
  }
  const outs: OnnxValue[] = outputs.map((name) => ({ name, dtype: tfAttr(nodes.get(name)!, "T") === "DT_INT32" ? "int32" : "float32" }));
  return buildOnnxModel({ nodes: ctx.nodes, initializers: ctx.initializers, inputs, outputs: outs, name: "tfjs-graph" });
}

/** The nodes the outputs depend on, each after its inputs. */
function topoOrder(nodes: Map<string, TfNode>, outputs: string[]): TfNode[] {
  const order: TfNode[] = [];
  const state = new Map<string, 1 | 2>();
  const stack: Array<[string, boolean]> = outputs.map((o) => [o, false]);
  while (stack.length) {
    const [name, done] = stack.pop()!;
    if (done) { state.set(name, 2); order.push(nodes.get(name)!); continue; }
    if (state.has(name)) continue;
    const node = nodes.get(name);
    if (!node) throw new InputError(`The graph has no node '${name}'.`, "Check the output names against model.json.");
    state.set(name, 1);
    stack.push([name, true]);
    for (const ref of node.input ?? []) {
      const dep = ref.replace(/^\^/, "").split(":")[0];
      if (!state.has(dep)) stack.push([dep, false]);
    }
  }
  return order;
}
