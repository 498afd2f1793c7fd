import { onnx } from "onnx-proto";

/** Element types the builder writes (a subset of ONNX TensorProto.DataType). */
export type OnnxDType = "float32" | "int32" | "int64" | "bool" | "float64";

const DTYPE: Record<OnnxDType, number> = { float32: 1, int32: 6, int64: 7, bool: 9, float64: 11 };

/** A constant tensor (an initializer). `data` is laid out row-major. */
export interface OnnxTensor {
  name: string;
  dims: number[];
  dtype: OnnxDType;
  data: Float32Array | Int32Array | BigInt64Array | Uint8Array | Float64Array;
}

/** An attribute value: number (int unless `float: true` in the spec), string, or number lists. */
export type OnnxAttr = number | string | number[] | { float: number } | { floats: number[] };

/** One graph node. */
export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  attrs?: Record<string, OnnxAttr>;
}

/** A graph input or output: a name, an element type and a shape (strings are symbolic dims; no shape = unknown). */
export interface OnnxValue {
  name: string;
  dtype: OnnxDType;
  shape?: Array<number | string>;
}

/** What `buildOnnxModel` needs. */
export interface OnnxGraphSpec {
  nodes: OnnxNode[];
  inputs: OnnxValue[];
  outputs: OnnxValue[];
  initializers?: OnnxTensor[];
  /** Default opset 13. */
  opset?: number;
  /** Default "uyd-graph". */
  name?: string;
  /** Default "understand-your-data". */
  producer?: string;
}

function attribute(name: string, v: OnnxAttr): onnx.IAttributeProto {
  if (typeof v === "string") return { name, type: 3, s: new TextEncoder().encode(v) };
  if (typeof v === "number") return { name, type: 2, i: v };
  if (Array.isArray(v)) return { name, type: 7, ints: v };
  if ("float" in v) return { name, type: 1, f: v.float };
  return { name, type: 6, floats: v.floats };
}

function valueInfo(v: OnnxValue): onnx.IValueInfoProto {
  if (!v.shape) return { name: v.name, type: { tensorType: { elemType: DTYPE[v.dtype] } } };
  const dim = v.shape.map((d) => (typeof d === "string" ? { dimParam: d } : { dimValue: d }));
  return { name: v.name, type: { tensorType: { elemType: DTYPE[v.dtype], shape: { dim } } } };
}

/** Encodes one constant tensor as an ONNX TensorProto (little-endian raw data). */
export function tensorProto(t: OnnxTensor): onnx.ITensorProto {
  const bytes = new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  return { name: t.name, dims: t.dims, dataType: DTYPE[t.dtype], rawData: bytes };
}

/**
 * Builds a serialized ONNX model (bytes of a ModelProto) from plain objects, using the
 * `onnx-proto` protobuf definition, so nothing writes the wire format by hand.
 *
 * @example
 * const bytes = buildOnnxModel({
 *   inputs: [{ name: "x", dtype: "float32", shape: ["N", 4] }],
 *   outputs: [{ name: "y", dtype: "float32", shape: ["N", 4] }],
 *   nodes: [{ op: "Relu", inputs: ["x"], outputs: ["y"] }],
 * });
 */
export function buildOnnxModel(spec: OnnxGraphSpec): Uint8Array {
  const { opset = 13, name = "uyd-graph", producer = "understand-your-data" } = spec;
  const model: onnx.IModelProto = {
    irVersion: 7,
    producerName: producer,
    opsetImport: [{ domain: "", version: opset }],
    graph: {
      name,
      node: spec.nodes.map((n, i) => ({
        opType: n.op,
        name: n.name ?? `${n.op}_${i}`,
        input: n.inputs,
        output: n.outputs,
        attribute: Object.entries(n.attrs ?? {}).map(([k, v]) => attribute(k, v)),
      })),
      input: spec.inputs.map(valueInfo),
      output: spec.outputs.map(valueInfo),
      initializer: (spec.initializers ?? []).map(tensorProto),
    },
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}
