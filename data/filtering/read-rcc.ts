// Reads a Qt binary resource file (.rcc, format versions 1-3) into {path, bytes} entries.
// Written by hand because no npm package reads .rcc; the layout follows Qt's rcc
// (qtbase src/tools/rcc/rcc.cpp and src/corelib/io/qresource.cpp): a header with the tree,
// data and names offsets, fixed-size tree nodes, UTF-16BE names, size-prefixed data.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";

const COMPRESSED = 1;
const DIRECTORY = 2;
const COMPRESSED_ZSTD = 4;

export interface RccEntry { path: string; bytes: Buffer }

export function readRcc(file: string): RccEntry[] {
  const buf = readFileSync(file);
  if (buf.toString("latin1", 0, 4) !== "qres") throw new Error(`${file} is not a Qt .rcc file`);
  const version = buf.readUInt32BE(4);
  const tree = buf.readUInt32BE(8);
  const data = buf.readUInt32BE(12);
  const names = buf.readUInt32BE(16);
  const nodeSize = version >= 2 ? 22 : 14;
  const name = (off: number) => {
    const len = buf.readUInt16BE(names + off);
    const start = names + off + 6; // 2-byte length, 4-byte hash
    let s = "";
    for (let i = 0; i < len; i++) s += String.fromCharCode(buf.readUInt16BE(start + 2 * i));
    return s;
  };
  const out: RccEntry[] = [];
  const walk = (index: number, prefix: string) => {
    const at = tree + index * nodeSize;
    const flags = buf.readUInt16BE(at + 4);
    const path = index === 0 ? "" : `${prefix}/${name(buf.readUInt32BE(at))}`;
    if (flags & DIRECTORY) {
      const count = buf.readUInt32BE(at + 6);
      const first = buf.readUInt32BE(at + 10);
      for (let c = 0; c < count; c++) walk(first + c, path);
      return;
    }
    const off = data + buf.readUInt32BE(at + 10);
    const size = buf.readUInt32BE(off);
    let bytes = buf.subarray(off + 4, off + 4 + size);
    if (flags & COMPRESSED_ZSTD) throw new Error(`${path}: zstd-compressed entries are not supported`);
    if (flags & COMPRESSED) bytes = inflateSync(bytes.subarray(4)); // qCompress: 4-byte size, then zlib
    out.push({ path, bytes: Buffer.from(bytes) });
  };
  walk(0, "");
  return out;
}
