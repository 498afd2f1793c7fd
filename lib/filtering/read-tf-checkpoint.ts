import { InputError } from "../errors/workshop-error";
import type { NpyArray } from "./read-npz";

// Reads a TensorFlow checkpoint "tensor bundle" (variables.index + variables.data-*), the
// weights of a Keras SavedModel such as LAION's published NSFW heads. Written by hand: no
// npm package reads it (TF.js reads its own format only). What it relies on, from
// tensorflow/core/util/tensor_bundle and LevelDB's table format: the index is an SSTable
// (blocks of prefix-compressed key/value entries, a 48-byte footer ending in the magic
// 0xdb4775248b80fb57), each value a BundleEntryProto {1 dtype, 2 shape, 3 shard_id,
// 4 offset, 5 size, 6 crc32c}, each tensor `size` raw little-endian bytes in its shard,
// checked against a masked CRC-32C. Only uncompressed blocks and float tensors are read.

const bad = (what: string) => new InputError(`Expected a TensorFlow checkpoint (variables.index), but it ${what}.`, "Pass the variables.index and variables.data-00000-of-00001 of one SavedModel.");

function varint(buf: Uint8Array, at: number): [number, number] {
  let value = 0, shift = 0, byte: number;
  do {
    if (at >= buf.length) throw bad("ends inside a number");
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** Protobuf wire format: field number -> raw values (varints as numbers, length-delimited as bytes). */
function fields(buf: Uint8Array): Map<number, Array<number | Uint8Array>> {
  const out = new Map<number, Array<number | Uint8Array>>();
  for (let at = 0; at < buf.length;) {
    let tag: number, v: number | Uint8Array;
    [tag, at] = varint(buf, at);
    const wire = tag & 7;
    if (wire === 0) [v, at] = varint(buf, at);
    else if (wire === 2) { let n: number; [n, at] = varint(buf, at); v = buf.subarray(at, at + n); at += n; }
    else if (wire === 5) { v = new DataView(buf.buffer, buf.byteOffset + at, 4).getUint32(0, true); at += 4; }
    else if (wire === 1) { v = buf.subarray(at, at + 8); at += 8; }
    else throw bad(`holds protobuf wire type ${wire}`);
    const list = out.get(tag >>> 3) ?? [];
    list.push(v);
    out.set(tag >>> 3, list);
  }
  return out;
}

function blockEntries(index: Uint8Array, offset: number, size: number): Array<[string, Uint8Array]> {
  if (index[offset + size] !== 0) throw bad("has a compressed block (only uncompressed indexes are read)");
  const block = index.subarray(offset, offset + size);
  const restarts = new DataView(block.buffer, block.byteOffset + block.length - 4, 4).getUint32(0, true);
  const end = block.length - 4 - 4 * restarts;
  const out: Array<[string, Uint8Array]> = [];
  let key = Buffer.alloc(0);
  for (let at = 0; at < end;) {
    let shared: number, own: number, len: number;
    [shared, at] = varint(block, at); [own, at] = varint(block, at); [len, at] = varint(block, at);
    key = Buffer.concat([key.subarray(0, shared), block.subarray(at, at + own)]);
    at += own;
    out.push([key.toString("latin1"), block.subarray(at, at + len)]);
    at += len;
  }
  return out;
}

let crcTable: Uint32Array | undefined;
/** CRC-32C (Castagnoli), masked as TensorFlow stores it. */
export function maskedCrc32c(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  crc = (crc ^ 0xffffffff) >>> 0;
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

/**
 * The float tensors of a TensorFlow checkpoint, by variable name (e.g.
 * "layer_with_weights-2/kernel/.ATTRIBUTES/VARIABLE_VALUE"), each checked against its CRC.
 * Non-float entries (counters, string tables) are listed in `skipped` with their dtype.
 *
 * @example
 * const { tensors } = readTfCheckpoint(index, data);
 * tensors["layer_with_weights-2/kernel/.ATTRIBUTES/VARIABLE_VALUE"].shape; // [512, 32]
 */
export function readTfCheckpoint(index: Uint8Array, data: Uint8Array): { tensors: Record<string, NpyArray>; skipped: Record<string, { dtype: number; shape: number[] }> } {
  if (index.length < 48) throw bad("is too short");
  const footer = index.subarray(index.length - 48);
  if (Buffer.from(footer.subarray(40)).toString("hex") !== "57fb808b247547db") throw bad("lacks the SSTable magic number");
  let at = 0, metaOffset: number, metaSize: number, indexOffset: number, indexSize: number;
  [metaOffset, at] = varint(footer, at); [metaSize, at] = varint(footer, at);
  [indexOffset, at] = varint(footer, at); [indexSize, at] = varint(footer, at);
  void metaOffset; void metaSize;
  const tensors: Record<string, NpyArray> = {};
  const skipped: Record<string, { dtype: number; shape: number[] }> = {};
  for (const [, handle] of blockEntries(index, indexOffset, indexSize)) {
    const [offset, next] = varint(handle, 0);
    const [size] = varint(handle, next);
    for (const [name, value] of blockEntries(index, offset, size)) {
      if (name === "") continue; // the bundle header
      const f = fields(value);
      const dtype = (f.get(1)?.[0] as number) ?? 0;
      const shapeProto = f.get(2)?.[0] as Uint8Array | undefined;
      const shape = shapeProto ? (fields(shapeProto).get(2) ?? []).map((d) => ((fields(d as Uint8Array).get(1)?.[0] as number) ?? 0)) : [];
      if ((f.get(3)?.[0] as number ?? 0) !== 0) throw bad(`keeps '${name}' in shard ${f.get(3)![0]} (only one shard is read)`);
      const start = (f.get(4)?.[0] as number) ?? 0, bytes = (f.get(5)?.[0] as number) ?? 0;
      const raw = data.subarray(start, start + bytes);
      if (raw.length !== bytes) throw bad(`points '${name}' past the end of the data file`);
      if (dtype !== 1 && dtype !== 2) { skipped[name] = { dtype, shape }; continue; } // 1 DT_FLOAT, 2 DT_DOUBLE
      // (string tensors are checksummed over their length prefixes too, so only numbers are checked)
      if (f.has(6) && maskedCrc32c(raw) !== f.get(6)![0]) throw bad(`has a CRC mismatch for '${name}' (the data file is damaged or from another checkpoint)`);
      const copy = new Uint8Array(raw); // a real copy (Buffer#slice would share memory), aligned
      const n = shape.reduce((a, b) => a * b, 1);
      tensors[name] = dtype === 1
        ? { dtype: "float32", shape, data: new Float32Array(copy.buffer, 0, n) }
        : { dtype: "float64", shape, data: new Float64Array(copy.buffer, 0, n) };
    }
  }
  return { tensors, skipped };
}
