import { InputError } from "../errors/workshop-error";

/** One entry of a TF.js weights manifest. */
export interface TfjsWeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; min?: number; scale?: number };
}

/** A decoded constant: float32, int32 or bool values, row-major. */
export interface TfTensor {
  dims: number[];
  dtype: "float32" | "int32" | "bool";
  data: Float32Array | Int32Array | Uint8Array;
}

function half(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

/**
 * Decodes TF.js weight shards (the binary files named in model.json's weightsManifest)
 * into named tensors, undoing uint8/uint16 affine quantization and float16 storage.
 *
 * @example
 * const weights = decodeTfjsWeights(modelJson.weightsManifest, [readFileSync("model.bin")]);
 * weights.get("conv1/kernel")?.dims; // [3, 3, 3, 32]
 */
export function decodeTfjsWeights(manifest: Array<{ paths: string[]; weights: TfjsWeightSpec[] }>, shards: Uint8Array[]): Map<string, TfTensor> {
  const out = new Map<string, TfTensor>();
  let shardIndex = 0;
  for (const group of manifest) {
    const bytes = concat(shards.slice(shardIndex, shardIndex + group.paths.length));
    shardIndex += group.paths.length;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    for (const w of group.weights) {
      const n = w.shape.reduce((a, b) => a * b, 1);
      const stored = w.quantization?.dtype ?? w.dtype;
      if (!(stored in BYTES) || !(w.dtype in BYTES)) {
        throw new InputError(`Weight '${w.name}' has dtype '${stored}', which the converter cannot read.`, "Only float32, int32, bool, float16 and uint8/uint16-quantized weights are supported.");
      }
      if (at + n * BYTES[stored] > bytes.length) {
        throw new InputError(`Weight shards end before weight '${w.name}' (needs ${n * BYTES[stored]} bytes at ${at} of ${bytes.length}).`, "The shard files are truncated or listed in the wrong order.");
      }
      out.set(w.name, { dims: w.shape, dtype: w.dtype as TfTensor["dtype"], data: readValues(view, at, n, w) });
      at += n * BYTES[stored];
    }
  }
  return out;
}

function readValues(view: DataView, at: number, n: number, w: TfjsWeightSpec): TfTensor["data"] {
  const q = w.quantization;
  if (w.dtype === "int32" && !q) return Int32Array.from({ length: n }, (_, i) => view.getInt32(at + 4 * i, true));
  if (w.dtype === "bool") return Uint8Array.from({ length: n }, (_, i) => view.getUint8(at + i));
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (!q) out[i] = view.getFloat32(at + 4 * i, true);
    else if (q.dtype === "float16") out[i] = half(view.getUint16(at + 2 * i, true));
    else {
      const v = q.dtype === "uint8" ? view.getUint8(at + i) : view.getUint16(at + 2 * i, true);
      out[i] = v * (q.scale ?? 1) + (q.min ?? 0);
    }
  }
  return w.dtype === "int32" ? Int32Array.from(out, Math.round) : out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
