import { readFileSync } from "node:fs";
import { InputError } from "../errors/workshop-error";
import { readZipEntries } from "./read-zip-entries";

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
  const copy = new Uint8Array(bytes.subarray(offset, offset + n * width)); // an aligned copy, also for a Buffer (whose slice shares memory)
  const data = descr === "<f4" ? new Float32Array(copy.buffer, 0, n) : new Float64Array(copy.buffer, 0, n);
  return { dtype: descr === "<f4" ? "float32" : "float64", shape, data };
}

/**
 * Reads a NumPy .npz archive (a zip of .npy files, stored or deflated) into its arrays by
 * name, without the ".npy" suffix. Written by hand: the workshop has no .npy reader among
 * its dependencies, and the format is small and documented (NumPy's NEP 1 header).
 *
 * @example
 * const arrays = readNpz("head.npz");
 * arrays["dense/kernel"].shape; // [512, 32]
 */
export function readNpz(file: string | Uint8Array): Record<string, NpyArray> {
  const label = typeof file === "string" ? `'${file}'` : `a buffer of ${file.length} bytes`;
  const bytes = typeof file === "string" ? new Uint8Array(readFileSync(file)) : file;
  const out: Record<string, NpyArray> = {};
  for (const [name, member] of readZipEntries(bytes, label)) out[name.replace(/\.npy$/, "")] = readNpy(member, `${label} member '${name}'`);
  return out;
}
