import { unzipSync } from "fflate";
import { InputError } from "../errors/workshop-error";

/**
 * The files of a zip archive, by path (folders left out). The archive is read by fflate
 * (MIT), which handles stored and deflated members, zip64 and data descriptors; a file
 * that is not a zip archive, or is cut short, is an InputError naming it.
 *
 * @example
 * readZipEntries(readFileSync("head.npz")).get("dense/kernel.npy"); // Uint8Array
 */
export function readZipEntries(bytes: Uint8Array, label = `a buffer of ${bytes.length} bytes`): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (err) {
    throw new InputError(`Expected a zip archive, but ${label} is not a zip file or is damaged (${err instanceof Error ? err.message : String(err)}).`,
      "Pass the file as downloaded; re-download it if it is damaged.");
  }
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith("/")));
}
