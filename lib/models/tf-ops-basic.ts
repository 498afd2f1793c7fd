import { InputError } from "../errors/workshop-error";
import { tfAttr, onnxTypeOf } from "./tf-convert-context";
import type { TfOpConverter } from "./tf-ops-nn";

const BIG = 2 ** 62;

/** TF elementwise ops that map one to one onto ONNX. */
export const SAME_NAME: Record<string, string> = {
  Add: "Add", AddV2: "Add", Sub: "Sub", Mul: "Mul", RealDiv: "Div", Maximum: "Max", Minimum: "Min",
  Equal: "Equal", Greater: "Greater", Less: "Less", Relu: "Relu", Sigmoid: "Sigmoid", Tanh: "Tanh",
  Exp: "Exp", Sqrt: "Sqrt", Neg: "Neg", Abs: "Abs", Identity: "Identity", Softmax: "Softmax",
};

export const convertElementwise: TfOpConverter = (ctx, node, ins, out) => {
  ctx.emit(SAME_NAME[node.op], ins.map((r) => ctx.value(r)), [out]);
};

export const convertRelu6: TfOpConverter = (ctx, node, ins, out) => {
  ctx.emit("Clip", [ctx.value(ins[0]), ctx.constant("zero", "float32", [], [0]), ctx.constant("six", "float32", [], [6])], [out]);
};

export const convertReduce: TfOpConverter = (ctx, node, ins, out) => {
  const axes = ctx.constValues(ins[1], node);
  const keepdims = tfAttr(node, "keep_dims") ? 1 : 0;
  const op = { Mean: "ReduceMean", Max: "ReduceMax", Min: "ReduceMin", Sum: "ReduceSum" }[node.op] as string;
  if (op === "ReduceSum") ctx.emit(op, [ctx.value(ins[0]), ctx.constant("axes", "int64", [axes.length], axes)], [out], { keepdims });
  else ctx.emit(op, [ctx.value(ins[0])], [out], { axes, keepdims });
};

export const convertConcat: TfOpConverter = (ctx, node, ins, out) => {
  const [axis] = ctx.constValues(ins[ins.length - 1], node);
  ctx.emit("Concat", ins.slice(0, -1).map((r) => ctx.value(r)), [out], { axis });
};

export const convertReshape: TfOpConverter = (ctx, node, ins, out) => {
  const shape = ctx.constOf(ins[1])
    ? ctx.constant(`${node.name}/shape`, "int64", [ctx.constValues(ins[1], node).length], ctx.constValues(ins[1], node))
    : ctx.step("Cast", [ctx.value(ins[1])], `${node.name}/shape`, { to: 7 });
  ctx.emit("Reshape", [ctx.value(ins[0]), shape], [out]);
};

export const convertSqueeze: TfOpConverter = (ctx, node, ins, out) => {
  const dims: number[] = tfAttr(node, "squeeze_dims") ?? [];
  const inputs = [ctx.value(ins[0])];
  if (dims.length) inputs.push(ctx.constant("axes", "int64", [dims.length], dims));
  ctx.emit("Squeeze", inputs, [out]);
};

export const convertExpandDims: TfOpConverter = (ctx, node, ins, out) => {
  const axes = ctx.constValues(ins[1], node);
  ctx.emit("Unsqueeze", [ctx.value(ins[0]), ctx.constant("axes", "int64", [axes.length], axes)], [out]);
};

export const convertCast: TfOpConverter = (ctx, node, ins, out) => {
  ctx.emit("Cast", [ctx.value(ins[0])], [out], { to: onnxTypeOf(tfAttr(node, "DstT"), node) });
};

export const convertGather: TfOpConverter = (ctx, node, ins, out) => {
  const [axis] = ins[2] ? ctx.constValues(ins[2], node) : [0];
  if ((tfAttr(node, "batch_dims") ?? 0) !== 0) {
    throw new InputError(`Op '${node.op}' (node '${node.name}') uses batch_dims ${tfAttr(node, "batch_dims")}; only 0 is supported.`, "Convert a model that gathers without batch dims.");
  }
  ctx.emit("Gather", [ctx.value(ins[0]), ctx.value(ins[1])], [out], { axis });
};

export const convertStridedSlice: TfOpConverter = (ctx, node, ins, out) => {
  const [begin, end, strides] = [1, 2, 3].map((i) => ctx.constValues(ins[i], node));
  const mask = (k: string) => (tfAttr(node, k) as number | undefined) ?? 0;
  if (mask("ellipsis_mask") || mask("new_axis_mask")) {
    throw new InputError(`Op 'StridedSlice' (node '${node.name}') uses ellipsis_mask or new_axis_mask, which the converter does not support.`, "Only begin/end/shrink masks are supported.");
  }
  const starts: number[] = [], ends: number[] = [], steps: number[] = [], shrink: number[] = [];
  begin.forEach((b, i) => {
    const step = strides[i], bit = 1 << i;
    if (mask("shrink_axis_mask") & bit) {
      starts.push(b); ends.push(b === -1 ? BIG : b + 1); steps.push(1); shrink.push(i);
      return;
    }
    starts.push(mask("begin_mask") & bit ? (step > 0 ? 0 : BIG) : b);
    ends.push(mask("end_mask") & bit ? (step > 0 ? BIG : -BIG) : end[i]);
    steps.push(step);
  });
  const n = begin.length;
  const axes = Array.from({ length: n }, (_, i) => i);
  const args = [starts, ends, axes, steps].map((v, i) => ctx.constant(["starts", "ends", "axes", "steps"][i], "int64", [n], v));
  const sliced = shrink.length ? ctx.fresh(`${node.name}/slice`) : out;
  ctx.emit("Slice", [ctx.value(ins[0]), ...args], [sliced]);
  if (shrink.length) ctx.emit("Squeeze", [sliced, ctx.constant("axes", "int64", [shrink.length], shrink)], [out]);
};

export const convertTopK: TfOpConverter = (ctx, node, ins, out) => {
  const [k] = ctx.constValues(ins[1], node);
  const indices = ctx.fresh(`${node.name}/indices64`);
  ctx.emit("TopK", [ctx.value(ins[0]), ctx.constant("k", "int64", [1], [k])], [out, indices], { axis: -1, largest: 1, sorted: 1 });
  ctx.emit("Cast", [indices], [`${node.name}:1`], { to: 6 });
};

/** FloorDiv and FloorMod: exact for int32 through float64, floor semantics for negatives. */
export const convertFloorOp: TfOpConverter = (ctx, node, ins, out) => {
  const [a, b] = ins.map((r) => ctx.value(r));
  const type = onnxTypeOf(tfAttr(node, "T"), node);
  if (node.op === "FloorMod" && type !== 1) { ctx.emit("Mod", [a, b], [out], { fmod: 0 }); return; }
  const [da, db] = [a, b].map((v) => ctx.step("Cast", [v], `${node.name}/f64`, { to: 11 }));
  const q = ctx.step("Floor", [ctx.step("Div", [da, db], `${node.name}/div`)], `${node.name}/floor`);
  const r = node.op === "FloorDiv" ? q : ctx.step("Sub", [da, ctx.step("Mul", [q, db], `${node.name}/qb`)], `${node.name}/mod`);
  ctx.emit("Cast", [r], [out], { to: type });
};
