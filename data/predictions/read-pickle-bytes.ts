// Reads scipy's ascent.dat: a protocol-2 Python pickle of a 512x512 list of lists of
// small ints. Only the opcodes that file uses are understood (PROTO, EMPTY_LIST, MARK,
// BINPUT, LONG_BINPUT, BININT1, BININT2, BININT, APPEND(S), STOP); anything else is an
// error, so a changed file fails loudly instead of decoding wrongly.
export function readPickleInts(bytes: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const op = bytes[i++];
    switch (op) {
      case 0x80: i += 1; break; // PROTO n
      case 0x5d: case 0x28: case 0x65: case 0x61: break; // ] ( e a
      case 0x71: i += 1; break; // q BINPUT
      case 0x72: i += 4; break; // r LONG_BINPUT
      case 0x4b: out.push(bytes[i]); i += 1; break; // K BININT1
      case 0x4d: out.push(bytes.readUInt16LE(i)); i += 2; break; // M BININT2
      case 0x4a: out.push(bytes.readInt32LE(i)); i += 4; break; // J BININT
      case 0x2e: return out; // . STOP
      default: throw new Error(`unexpected pickle opcode 0x${op.toString(16)} at byte ${i - 1}`);
    }
  }
  throw new Error("pickle ended without STOP");
}
