import { test } from "node:test";
import assert from "node:assert/strict";
import * as ort from "onnxruntime-node";
import { convertTfjsGraph, type TfjsGraphModel } from "../../lib/models/convert-tfjs-graph";
import { decodeTfjsWeights, type TfjsWeightSpec } from "../../lib/models/decode-tfjs-weights";
import type { TfNode } from "../../lib/models/tf-convert-context";
import { tf, useWasmBackend } from "./tfjs-reference";

// A small hand-written TF graph that uses the ops and attribute variants the two bundled
// models do not: other resize modes, reductions, shrinking/reversed slices, floor division
// of negative integers, transposed MatMul, explicit padding, fused Elu/Sigmoid.
const F = { T: { type: "DT_FLOAT" } };
const i = (v: number) => ({ i: String(v) });
const ints = (v: number[]) => ({ list: { i: v.map(String) } });
const b64 = (s: string) => Buffer.from(s).toString("base64");
const consts: Array<{ name: string; dtype: "float32" | "int32"; shape: number[]; values: number[] }> = [
  { name: "size_a", dtype: "int32", shape: [2], values: [7, 9] },
  { name: "size_b", dtype: "int32", shape: [2], values: [3, 5] },
  { name: "size_c", dtype: "int32", shape: [2], values: [8, 12] },
  { name: "axes12", dtype: "int32", shape: [2], values: [1, 2] },
  { name: "axis3", dtype: "int32", shape: [1], values: [3] },
  { name: "begin", dtype: "int32", shape: [4], values: [0, 1, -1, 0] },
  { name: "end", dtype: "int32", shape: [4], values: [1, 3, 0, 2] },
  { name: "stride", dtype: "int32", shape: [4], values: [1, 1, -2, 1] },
  { name: "begin2", dtype: "int32", shape: [4], values: [0, 2, 0, 1] },
  { name: "end2", dtype: "int32", shape: [4], values: [1, 3, 6, 2] },
  { name: "stride2", dtype: "int32", shape: [4], values: [1, 1, 2, 1] },
  { name: "ten", dtype: "float32", shape: [], values: [10] },
  { name: "minus3", dtype: "int32", shape: [], values: [-3] },
  { name: "half", dtype: "float32", shape: [2], values: [0.5, -2] },
  { name: "w", dtype: "float32", shape: [5, 24], values: Array.from({ length: 120 }, (_, n) => Math.cos(n) / 5) },
  { name: "mmbias", dtype: "float32", shape: [5], values: [0, 0.1, -0.1, 0.2, 0] },
  { name: "k", dtype: "float32", shape: [2, 2, 2, 3], values: Array.from({ length: 24 }, (_, n) => Math.sin(n)) },
  { name: "kbias", dtype: "float32", shape: [3], values: [0.1, -0.2, 0.3] },
  { name: "shape", dtype: "int32", shape: [2], values: [-1, 2] },
];
const nodes: TfNode[] = [
  { name: "x", op: "Placeholder", attr: { dtype: { type: "DT_FLOAT" }, shape: { shape: { dim: [{ size: "1" }, { size: "4" }, { size: "6" }, { size: "2" }] } } } },
  ...consts.map((c) => ({ name: c.name, op: "Const", attr: { dtype: { type: c.dtype === "int32" ? "DT_INT32" : "DT_FLOAT" } } })),
  { name: "ra", op: "ResizeBilinear", input: ["x", "size_a"], attr: { ...F, align_corners: { b: true }, half_pixel_centers: { b: false } } },
  { name: "rb", op: "ResizeBilinear", input: ["x", "size_b"], attr: { ...F, align_corners: { b: false }, half_pixel_centers: { b: true } } },
  { name: "rc", op: "ResizeNearestNeighbor", input: ["x", "size_c"], attr: { ...F, align_corners: { b: false }, half_pixel_centers: { b: true } } },
  { name: "sum", op: "Sum", input: ["x", "axes12"], attr: { ...F, keep_dims: { b: false } } },
  { name: "max", op: "Max", input: ["x", "axis3"], attr: { ...F, keep_dims: { b: true } } },
  { name: "slice", op: "StridedSlice", input: ["x", "begin", "end", "stride"], attr: { ...F, begin_mask: i(0), end_mask: i(4), shrink_axis_mask: i(0), ellipsis_mask: i(0), new_axis_mask: i(0) } },
  { name: "slice2", op: "StridedSlice", input: ["x", "begin2", "end2", "stride2"], attr: { ...F, begin_mask: i(0), end_mask: i(0), shrink_axis_mask: i(11), ellipsis_mask: i(0), new_axis_mask: i(0) } },
  { name: "x10", op: "Mul", input: ["x", "ten"], attr: F },
  { name: "xi", op: "Cast", input: ["x10"], attr: { SrcT: { type: "DT_FLOAT" }, DstT: { type: "DT_INT32" } } },
  { name: "fdiv", op: "FloorDiv", input: ["xi", "minus3"], attr: { T: { type: "DT_INT32" } } },
  { name: "fmod", op: "FloorMod", input: ["xi", "minus3"], attr: { T: { type: "DT_INT32" } } },
  { name: "fmodf", op: "FloorMod", input: ["x10", "half"], attr: F },
  { name: "ew", op: "Maximum", input: ["x", "half"], attr: F },
  { name: "ew2", op: "RealDiv", input: ["ew", "half"], attr: F },
  { name: "ew3", op: "Tanh", input: ["ew2"], attr: F },
  { name: "flat", op: "Reshape", input: ["x", "shape"], attr: F },
  { name: "mm", op: "_FusedMatMul", input: ["flat", "w", "mmbias"], attr: { ...F, transpose_a: { b: true }, transpose_b: { b: true }, fused_ops: { list: { s: [b64("BiasAdd"), b64("Sigmoid")] } }, num_args: i(1) } },
  { name: "conv", op: "_FusedConv2D", input: ["x", "k", "kbias"], attr: { ...F, strides: ints([1, 2, 1, 1]), padding: { s: b64("EXPLICIT") }, explicit_paddings: ints([0, 0, 1, 0, 0, 2, 0, 0]), dilations: ints([1, 1, 1, 1]), data_format: { s: b64("NHWC") }, fused_ops: { list: { s: [b64("BiasAdd"), b64("Elu")] } }, num_args: i(1) } },
];
const OUTPUTS = ["ra", "rb", "rc", "sum", "max", "slice", "fdiv", "fmod", "fmodf", "ew3", "conv"];
const specs: TfjsWeightSpec[] = consts.map((c) => ({ name: c.name, shape: c.shape, dtype: c.dtype }));
const bytes = Buffer.concat(consts.map((c) => Buffer.from((c.dtype === "int32" ? Int32Array.from(c.values) : Float32Array.from(c.values)).buffer)));
const model: TfjsGraphModel = { modelTopology: { node: nodes } };

test("a hand-written TF graph with 19 op variants gives the same numbers in ONNX Runtime and TF.js", async () => {
  const onnxBytes = convertTfjsGraph(model, decodeTfjsWeights([{ paths: ["w.bin"], weights: specs }], [new Uint8Array(bytes)]), { outputs: [...OUTPUTS, "slice2", "mm"] });
  const session = await ort.InferenceSession.create(onnxBytes);
  await useWasmBackend();
  const tfModel = await tf.loadGraphModel(tf.io.fromMemory({ modelTopology: { node: nodes, versions: { producer: 1808 } } as any, weightSpecs: specs as any, weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) }));
  const x = Float32Array.from({ length: 48 }, (_, n) => Math.round(Math.cos(n * 1.7) * 50) / 10);
  const got = await session.run({ x: new ort.Tensor("float32", x, [1, 4, 6, 2]) });
  const want = tfModel.execute(tf.tensor(x, [1, 4, 6, 2]), OUTPUTS) as tf.Tensor[];
  // TF.js 4.22's own StridedSlice throws on shrink_axis_mask with a non-unit stride, so
  // slice2 (x[0, 2, 0:6:2, 1]) is checked against values picked by hand.
  assert.deepEqual(Array.from(got.slice2.data as Float32Array), [25, 29, 33].map((n) => x[n]));
  // TF.js wasm's _FusedMatMul gets transpose_a + transpose_b wrong (rows after the first
  // differ), so mm = sigmoid(flat^T . w^T + bias) is computed here directly.
  const w = consts.find((c) => c.name === "w")!.values, bias = consts.find((c) => c.name === "mmbias")!.values;
  const mm = got.mm.data as Float32Array;
  for (let r = 0; r < 2; r++) for (let c = 0; c < 5; c++) {
    let z = bias[c];
    for (let k = 0; k < 24; k++) z += x[k * 2 + r] * w[c * 24 + k];
    assert.ok(Math.abs(mm[r * 5 + c] - 1 / (1 + Math.exp(-z))) < 1e-5, `mm[${r}, ${c}]`);
  }
  for (const [k, name] of OUTPUTS.entries()) {
    assert.deepEqual(got[name].dims, want[k].shape, `${name} shape`);
    const a = want[k].dataSync(), b = got[name].data as Float32Array | Int32Array;
    for (let n = 0; n < a.length; n++) assert.ok(Math.abs(a[n] - Number(b[n])) <= 1e-5 * Math.max(1, Math.abs(a[n])), `${name}[${n}]: TF.js ${a[n]}, ONNX ${b[n]}`);
  }
});

test("decodeTfjsWeights undoes uint8 quantization and float16 storage, and notices short shards", () => {
  const q = decodeTfjsWeights([{ paths: ["a"], weights: [
    { name: "q", shape: [3], dtype: "float32", quantization: { dtype: "uint8", min: -1, scale: 0.5 } },
    { name: "h", shape: [2], dtype: "float32", quantization: { dtype: "float16" } },
  ] }], [new Uint8Array([0, 2, 4, 0x00, 0x3c, 0x00, 0xc0])]);
  assert.deepEqual(Array.from(q.get("q")!.data), [-1, 0, 1]);
  assert.deepEqual(Array.from(q.get("h")!.data), [1, -2]);
  assert.throws(() => decodeTfjsWeights([{ paths: ["a"], weights: [{ name: "big", shape: [4], dtype: "float32" }] }], [new Uint8Array(8)]),
    /Weight shards end before weight 'big'/);
});
