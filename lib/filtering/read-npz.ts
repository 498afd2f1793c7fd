import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { InputError } from "../errors/workshop-error";

/** One array from a .npy/.npz file: row-major values and their shape. */
export interface NpyArray {
  dtype: "float32" | "float64";
  shape: number[];
  data: Float32Array | Float64Array;
}

const bad = (what: string, label: string) =>
  new InputError(`Expected a NumPy .npz archive, but ${label} ${what}.`, "Save the arrays with numpy.savez or numpy.savez_compressed.");

/** Parses one .npy file (format 1.0-3.0; little-endian float32 or float64, C order). */
export function readNpy(bytes: Uint8Array, label = "the array"): NpyArray {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] !== 0x93 || String.fromCharCode(...bytes.subarray(1, 6)) !== "NUMPY") throw bad("has no .npy magic", label);
  const major = bytes[6];
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = Buffer.from(bytes.subarray(start, start + headerLen)).toString("latin1");
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (!descr || !fortran || shapeText === undefined) throw bad(`has an unreadable header ${JSON.stringify(header.trim())}`, label);
  if (fortran === "True") throw bad("is stored in Fortran order", label);
  if (descr !== "<f4" && descr !== "<f8") throw bad(`holds dtype '${descr}' (only little-endian float32 '<f4' and float64 '<f8' are read)`, label);
  const shape = shapeText.split(",").map((s) => s.trim()).filter(Boolean).map(Number);
  const n = shape.reduce((a, b) => a * b, 1);
  const offset = start + headerLen;
  const width = descr === "<f4" ? 4 : 8;
  if (bytes.length - offset < n * width) throw bad(`is truncated (${bytes.length - offset} data bytes for ${n} values)`, label);
  const copy = bytes.slice(offset, offset + n * width); // aligned copy
  const data = descr === "<f4" ? new Float32Array(copy.buffer, 0, n) : new Float64Array(copy.buffer, 0, n);
  return { dtype: descr === "<f4" ? "float32" : "float64", shape, data };
}

/**
 * Reads a NumPy .npz archive (a zip of .npy files, stored or deflated) into its arrays by
 * name, without the ".npy" suffix. Written by hand: the workshop has no zip or .npy
 * reader among its dependencies, and the two formats are small and documented (the zip
 * central directory; NumPy's NEP 1 .npy header), so a new dependency would buy little.
 *
 * @example
 * const arrays = readNpz("head.npz");
 * arrays["dense/kernel"].shape; // [512, 32]
 */
export function readNpz(file: string | Uint8Array): Record<string, NpyArray> {
  const label = typeof file === "string" ? `'${file}'` : `a buffer of ${file.length} bytes`;
  const bytes = typeof file === "string" ? new Uint8Array(readFileSync(file)) : file;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw bad("is not a zip file", label);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: Record<string, NpyArray> = {};
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw bad("has a damaged zip directory", label);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true), extraLen = view.getUint16(at + 30, true), commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLen)).toString("utf8");
    at += 46 + nameLen + extraLen + commentLen;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(dataStart, dataStart + size);
    if (method !== 0 && method !== 8) throw bad(`compresses '${name}' with zip method ${method}`, label);
    const member = method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw;
    out[name.replace(/\.npy$/, "")] = readNpy(member, `${label} member '${name}'`);
  }
  return out;
}
