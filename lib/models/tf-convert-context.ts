import type { OnnxAttr, OnnxDType, OnnxNode, OnnxTensor } from "./build-onnx-model";
import type { TfTensor } from "./decode-tfjs-weights";
import { InputError } from "../errors/workshop-error";

/** One node of a TF.js graph model (model.json's modelTopology.node). */
export interface TfNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, any>;
}

/** State shared by the op converters while one graph is converted. */
export class TfConvertContext {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private emitted = new Set<string>();
  private counter = 0;

  constructor(readonly consts: Map<string, TfTensor>, readonly tfNodes: Map<string, TfNode>) {}

  /** The ONNX value name of a TF input reference ("node" or "node:1"). */
  valueName(ref: string): string {
    const [node, index = "0"] = ref.split(":");
    return index === "0" ? node : `${node}:${index}`;
  }

  /** The constant behind a TF input reference, if it is one. */
  constOf(ref: string): TfTensor | undefined {
    return ref.includes(":") ? undefined : this.consts.get(ref);
  }

  /** The constant's values as plain numbers, or a clear error when the input is computed. */
  constValues(ref: string, node: TfNode): number[] {
    const t = this.constOf(ref);
    if (!t) {
      throw new InputError(`Op '${node.op}' (node '${node.name}') needs input '${ref}' to be a constant, but it is computed in the graph.`, "This pattern is not supported by the converter.");
    }
    return Array.from(t.data);
  }

  /** A TF input as an ONNX value; constants become initializers the first time they are used. */
  value(ref: string): string {
    const name = this.valueName(ref);
    const t = this.constOf(ref);
    if (t && !this.emitted.has(name)) {
      this.emitted.add(name);
      this.initializers.push({ name, dims: t.dims, dtype: t.dtype === "bool" ? "bool" : t.dtype, data: t.data });
    }
    return name;
  }

  /** Adds a new initializer under a fresh name and returns that name. */
  constant(base: string, dtype: OnnxDType, dims: number[], values: ArrayLike<number>): string {
    const name = this.fresh(base);
    const data = dtype === "int64" ? BigInt64Array.from(Array.from(values, (v) => BigInt(Math.trunc(v))))
      : dtype === "int32" ? Int32Array.from(values) : Float32Array.from(values);
    this.initializers.push({ name, dims, dtype, data });
    return name;
  }

  fresh(base: string): string {
    return `${base}__${this.counter++}`;
  }

  /** Adds an ONNX node; returns its first output name. */
  emit(op: string, inputs: string[], outputs: string[], attrs?: Record<string, OnnxAttr>): string {
    this.nodes.push({ op, inputs, outputs, attrs, name: outputs[0] });
    return outputs[0];
  }

  /** Adds an ONNX node whose single output gets a fresh name. */
  step(op: string, inputs: string[], base: string, attrs?: Record<string, OnnxAttr>): string {
    return this.emit(op, inputs, [this.fresh(base)], attrs);
  }
}

/** Reads a TF attribute: ints (lists), bools, strings (base64 in model.json), floats, types. */
export function tfAttr(node: TfNode, key: string): any {
  const a = node.attr?.[key];
  if (!a) return undefined;
  if (a.list) {
    if (a.list.s) return a.list.s.map((s: string) => Buffer.from(s, "base64").toString("latin1"));
    if (a.list.i) return a.list.i.map(Number);
    if (a.list.f) return a.list.f.map(Number);
    return [];
  }
  if ("s" in a) return Buffer.from(a.s, "base64").toString("latin1");
  if ("i" in a) return Number(a.i);
  if ("f" in a) return Number(a.f);
  if ("b" in a) return Boolean(a.b);
  if ("type" in a) return a.type;
  return a;
}

/** ONNX element type for a TF DT_* name. */
export function onnxTypeOf(tfType: string | undefined, node: TfNode): number {
  const map: Record<string, number> = { DT_FLOAT: 1, DT_INT32: 6, DT_INT64: 7, DT_BOOL: 9, DT_DOUBLE: 11 };
  const t = map[tfType ?? "DT_FLOAT"];
  if (!t) throw new InputError(`Op '${node.op}' (node '${node.name}') uses type ${tfType}, which the converter does not map.`, "Only float, int32, int64, bool and double tensors are supported.");
  return t;
}
