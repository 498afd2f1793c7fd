// A small reader for Qt resource archives (.rcc, "qres" format versions 1-3), enough to
// list and extract the photos GCompris ships inside them. Written by hand because no npm
// package reads .rcc files. Layout (Qt's rcc.cpp, public format): a 20-byte header
// ("qres", version, tree/data/names offsets; version 3 adds a flags word), a tree of
// 14-byte (v1) or 22-byte (v2+) nodes, a names table (u16 length, u32 hash, UTF-16BE)
// and a data table (u32 length + bytes; zlib-compressed entries carry a u32 size first).
import { inflateSync } from "node:zlib";

export interface RccFile {
  path: string;
  data: Buffer;
}

const DIRECTORY = 0x02;
const COMPRESSED = 0x01;
const COMPRESSED_ZSTD = 0x04;

export function readRcc(bytes: Buffer): RccFile[] {
  if (bytes.toString("latin1", 0, 4) !== "qres") throw new Error("not a Qt resource file (no 'qres' magic)");
  const version = bytes.readUInt32BE(4);
  const tree = bytes.readUInt32BE(8), data = bytes.readUInt32BE(12), names = bytes.readUInt32BE(16);
  const nodeSize = version >= 2 ? 22 : 14;
  const nameAt = (offset: number): string => {
    const at = names + offset;
    const length = bytes.readUInt16BE(at);
    const utf16 = Buffer.from(bytes.subarray(at + 6, at + 6 + length * 2));
    return utf16.swap16().toString("utf16le");
  };
  const out: RccFile[] = [];
  const walk = (index: number, prefix: string): void => {
    const at = tree + index * nodeSize;
    const name = index === 0 ? "" : nameAt(bytes.readUInt32BE(at));
    const flags = bytes.readUInt16BE(at + 4);
    const path = prefix ? `${prefix}/${name}` : name;
    if (flags & DIRECTORY) {
      const count = bytes.readUInt32BE(at + 6), first = bytes.readUInt32BE(at + 10);
      for (let i = 0; i < count; i++) walk(first + i, path);
      return;
    }
    const dataAt = data + bytes.readUInt32BE(at + 10);
    const length = bytes.readUInt32BE(dataAt);
    let payload = bytes.subarray(dataAt + 4, dataAt + 4 + length);
    if (flags & COMPRESSED_ZSTD) throw new Error(`${path}: zstd-compressed entries are not supported`);
    if (flags & COMPRESSED) payload = inflateSync(payload.subarray(4));
    out.push({ path, data: Buffer.from(payload) });
  };
  walk(0, "");
  return out;
}
