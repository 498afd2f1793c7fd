import { inflateRawSync } from "node:zlib";
import { InputError } from "../errors/workshop-error";

/**
 * The files of a zip archive (stored or deflated members), by path. Written by hand: the
 * workshop has no zip reader among its dependencies, and reading the central directory
 * is short (PKWARE APPNOTE 4.3.12 and 4.3.16); no zip64, no encryption.
 *
 * @example
 * readZipEntries(readFileSync("head.npz")).get("dense/kernel.npy"); // Uint8Array
 */
export function readZipEntries(bytes: Uint8Array, label = `a buffer of ${bytes.length} bytes`): Map<string, Uint8Array> {
  const bad = (what: string) => new InputError(`Expected a zip archive, but ${label} ${what}.`, "Pass the file as downloaded; re-download it if it is damaged.");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw bad("is not a zip file");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out = new Map<string, Uint8Array>();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw bad("has a damaged zip directory");
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true), extraLen = view.getUint16(at + 30, true), commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLen)).toString("utf8");
    at += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith("/")) continue; // a folder
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(dataStart, dataStart + size);
    if (method !== 0 && method !== 8) throw bad(`compresses '${name}' with zip method ${method}`);
    out.set(name, method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw);
  }
  return out;
}
