import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { InputError } from "../errors/workshop-error";
import { download, type DownloadOptions } from "../sources/download";
import { importLaionHead, type ImportedLaionHead, type ImportLaionHeadOptions } from "./import-laion-head";

export interface FetchLaionHeadOptions extends ImportLaionHeadOptions, Pick<DownloadOptions, "userAgent" | "allowAddresses" | "onProgress"> {
  /** Expected SHA-256 of the .npz (hex). Required: a head whose bytes are not pinned is not the head you validated. */
  sha256?: string;
  /** Cache folder (default `.cache/laion-head/` in the workshop root); the file is named after its checksum. */
  cacheDir?: string;
}

/**
 * Downloads a LAION head's weights as a NumPy .npz (off by default: nothing calls this
 * unless you do), caches it by checksum, verifies its SHA-256, and imports it with
 * `importLaionHead`. LAION publishes the heads as Keras SavedModel zips
 * (clip_autokeras_nsfw_b32.zip, clip_autokeras_binary_nsfw.zip); export one to .npz once
 * with TensorFlow (see importLaionHead) and host it where you trust it.
 *
 * @example
 * const head = await fetchLaionHead("https://example.org/laion-b32-head.npz", { sha256: "…", userAgent: "my-lab (me@example.org)" });
 */
export async function fetchLaionHead(url: string, options: FetchLaionHeadOptions = {}): Promise<ImportedLaionHead & { path: string; fromCache: boolean }> {
  const { sha256, cacheDir = join(projectRoot(), ".cache", "laion-head"), userAgent, allowAddresses, onProgress, ...importOptions } = options;
  if (!sha256) {
    throw new InputError("fetchLaionHead needs the head's `sha256`.", "Compute it once from a copy you trust (`sha256sum head.npz`) and pass it, so a changed file is refused.");
  }
  const got = await download(url, { sha256, to: join(cacheDir, `${sha256.toLowerCase()}.npz`), userAgent, allowAddresses, onProgress });
  return { ...importLaionHead(got.path, importOptions), path: got.path, fromCache: got.fromCache };
}
