import { InputError } from "../errors/workshop-error";
import { TfConvertContext, tfAttr, type TfNode } from "./tf-convert-context";

/** Converts one TF node: `ins` are its data inputs (TF refs), `out` its first ONNX output name. */
export type TfOpConverter = (ctx: TfConvertContext, node: TfNode, ins: string[], out: string) => void;

const TO_NCHW = [0, 3, 1, 2];
const TO_NHWC = [0, 2, 3, 1];

function requireNhwc(node: TfNode): void {
  const format = tfAttr(node, "data_format");
  if (format && format !== "NHWC") {
    throw new InputError(`Op '${node.op}' (node '${node.name}') uses data_format ${format}; the converter handles NHWC only.`, "Re-export the model with channels-last layout.");
  }
}

function padAttrs(node: TfNode): Record<string, string | number[]> {
  const padding = tfAttr(node, "padding");
  if (padding === "SAME") return { auto_pad: "SAME_UPPER" };
  if (padding === "VALID") return { auto_pad: "VALID" };
  if (padding === "EXPLICIT") {
    const p = tfAttr(node, "explicit_paddings") as number[];
    return { pads: [p[2], p[4], p[3], p[5]] };
  }
  throw new InputError(`Op '${node.op}' (node '${node.name}') has padding '${padding}', which the converter does not know.`, "Only SAME, VALID and EXPLICIT padding are supported.");
}

/** Applies the activation named in a fused op list (after BiasAdd) to `x`. */
function activation(ctx: TfConvertContext, node: TfNode, fused: string[], x: string, out: string): void {
  const act = fused.filter((f) => f !== "BiasAdd");
  if (act.length === 0) { ctx.emit("Identity", [x], [out]); return; }
  if (act.length > 1 || !["Relu", "Relu6", "Sigmoid", "Elu", "LeakyRelu"].includes(act[0])) {
    throw new InputError(`Op '${node.op}' (node '${node.name}') fuses [${fused.join(", ")}]; the converter supports BiasAdd followed by one of Relu, Relu6, Sigmoid, Elu, LeakyRelu.`, "Convert the model without this fusion.");
  }
  if (act[0] === "Relu6") {
    ctx.emit("Clip", [x, ctx.constant("zero", "float32", [], [0]), ctx.constant("six", "float32", [], [6])], [out]);
  } else if (act[0] === "LeakyRelu") {
    ctx.emit("LeakyRelu", [x], [out], { alpha: { float: tfAttr(node, "leakyrelu_alpha") ?? 0.2 } });
  } else ctx.emit(act[0], [x], [out]);
}

/** Conv2D, _FusedConv2D, DepthwiseConv2dNative and FusedDepthwiseConv2dNative, in NCHW between two transposes. */
export const convertConv: TfOpConverter = (ctx, node, ins, out) => {
  requireNhwc(node);
  const depthwise = node.op.includes("Depthwise");
  const w = ctx.constOf(ins[1]);
  if (!w || w.dims.length !== 4) {
    throw new InputError(`Op '${node.op}' (node '${node.name}') needs a constant 4-D filter, got '${ins[1]}'.`, "Filters computed at run time are not supported.");
  }
  const [kh, kw, cin, cout] = w.dims;
  const src = w.data as Float32Array;
  const oihw = new Float32Array(src.length);
  const outCh = depthwise ? cin * cout : cout;
  // HWIO (conv) or HW C M (depthwise) -> OIHW, with O = c*M + m for depthwise.
  for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) for (let i = 0; i < cin; i++) for (let o = 0; o < cout; o++) {
    const v = src[((y * kw + x) * cin + i) * cout + o];
    if (depthwise) oihw[((i * cout + o) * kh + y) * kw + x] = v;
    else oihw[((o * cin + i) * kh + y) * kw + x] = v;
  }
  const weight = ctx.constant(`${node.name}/oihw`, "float32", depthwise ? [outCh, 1, kh, kw] : [cout, cin, kh, kw], oihw);
  const fused: string[] = tfAttr(node, "fused_ops") ?? [];
  const inputs = [ctx.step("Transpose", [ctx.value(ins[0])], `${node.name}/nchw`, { perm: TO_NCHW }), weight];
  if (fused.includes("BiasAdd")) inputs.push(ctx.value(ins[2]));
  const strides = tfAttr(node, "strides") as number[];
  const dilations = (tfAttr(node, "dilations") as number[] | undefined) ?? [1, 1, 1, 1];
  const conv = ctx.step("Conv", inputs, `${node.name}/conv`, {
    kernel_shape: [kh, kw], strides: [strides[1], strides[2]], dilations: [dilations[1], dilations[2]],
    group: depthwise ? cin : 1, ...padAttrs(node),
  });
  const act = ctx.fresh(`${node.name}/act`);
  activation(ctx, node, fused, conv, act);
  ctx.emit("Transpose", [act], [out], { perm: TO_NHWC });
};

/** MaxPool and AvgPool (TF's AvgPool never counts padding, like ONNX's default). */
export const convertPool: TfOpConverter = (ctx, node, ins, out) => {
  requireNhwc(node);
  const k = tfAttr(node, "ksize") as number[];
  const s = tfAttr(node, "strides") as number[];
  const x = ctx.step("Transpose", [ctx.value(ins[0])], `${node.name}/nchw`, { perm: TO_NCHW });
  const pooled = ctx.step(node.op === "MaxPool" ? "MaxPool" : "AveragePool", [x], `${node.name}/pool`, {
    kernel_shape: [k[1], k[2]], strides: [s[1], s[2]], ...padAttrs(node),
  });
  ctx.emit("Transpose", [pooled], [out], { perm: TO_NHWC });
};

/** ResizeBilinear (and ResizeNearestNeighbor) with TF's three coordinate conventions. */
export const convertResize: TfOpConverter = (ctx, node, ins, out) => {
  const [h, w] = ctx.constValues(ins[1], node);
  const alignCorners = tfAttr(node, "align_corners") === true;
  const halfPixel = tfAttr(node, "half_pixel_centers") === true;
  const nearest = node.op === "ResizeNearestNeighbor";
  const mode = alignCorners ? "align_corners" : halfPixel ? (nearest ? "tf_half_pixel_for_nn" : "half_pixel") : "asymmetric";
  const x = ctx.step("Transpose", [ctx.value(ins[0])], `${node.name}/nchw`, { perm: TO_NCHW });
  const shape = ctx.step("Shape", [x], `${node.name}/shape`);
  const nc = ctx.step("Slice", [shape, ctx.constant("s0", "int64", [1], [0]), ctx.constant("s2", "int64", [1], [2])], `${node.name}/nc`);
  const sizes = ctx.step("Concat", [nc, ctx.constant(`${node.name}/hw`, "int64", [2], [h, w])], `${node.name}/sizes`, { axis: 0 });
  const resized = ctx.step("Resize", [x, "", "", sizes], `${node.name}/resize`, {
    mode: nearest ? "nearest" : "linear", coordinate_transformation_mode: mode, ...(nearest ? { nearest_mode: alignCorners ? "round_prefer_ceil" : "floor" } : {}),
  });
  ctx.emit("Transpose", [resized], [out], { perm: TO_NHWC });
};

/** MatMul and _FusedMatMul (BiasAdd plus an optional activation). */
export const convertMatMul: TfOpConverter = (ctx, node, ins, out) => {
  let a = ctx.value(ins[0]);
  let b = ctx.value(ins[1]);
  if (tfAttr(node, "transpose_a")) a = ctx.step("Transpose", [a], `${node.name}/aT`, { perm: [1, 0] });
  if (tfAttr(node, "transpose_b")) b = ctx.step("Transpose", [b], `${node.name}/bT`, { perm: [1, 0] });
  const fused: string[] = tfAttr(node, "fused_ops") ?? [];
  let y = ctx.step("MatMul", [a, b], `${node.name}/matmul`);
  if (fused.includes("BiasAdd")) y = ctx.step("Add", [y, ctx.value(ins[2])], `${node.name}/bias`);
  activation(ctx, node, fused, y, out);
};
