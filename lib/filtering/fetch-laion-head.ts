import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { InputError } from "../errors/workshop-error";
import { download, type DownloadOptions } from "../sources/download";
import { importLaionHead, type ImportedLaionHead, type ImportLaionHeadOptions } from "./import-laion-head";
import { importLaionSavedModel } from "./import-laion-saved-model";
import { readZipEntries } from "./read-zip-entries";
import { readFileSync } from "node:fs";

/**
 * LAION's two published heads (LAION-AI/CLIP-based-NSFW-Detector, MIT), with the SHA-256 of
 * the files at commit d6bb8fe (2023-01-24), computed here from a snapshot of that commit.
 */
export const LAION_HEADS = {
  "ViT-B/32": { url: "https://raw.githubusercontent.com/LAION-AI/CLIP-based-NSFW-Detector/main/clip_autokeras_nsfw_b32.zip", sha256: "78715ab9d64485167e8c9ade3b8e6761a17a16c24d114bd47431ac1dab46462b", inputs: 512 },
  "ViT-L/14": { url: "https://raw.githubusercontent.com/LAION-AI/CLIP-based-NSFW-Detector/main/clip_autokeras_binary_nsfw.zip", sha256: "905520bb0336accc73ee282c605d926aef90cf14248889d44b9cee50eef71f8a", inputs: 768 },
} as const;

export interface FetchLaionHeadOptions extends ImportLaionHeadOptions, Pick<DownloadOptions, "userAgent" | "allowAddresses" | "onProgress"> {
  /** Expected SHA-256 of the file (hex; LAION_HEADS has the published heads'). Required: a head whose bytes are not pinned is not the head you validated. */
  sha256?: string;
  /** Cache folder (default `.cache/laion-head/` in the workshop root); the file is named after its checksum. */
  cacheDir?: string;
}

/**
 * Downloads a LAION head (off by default: nothing calls this unless you do), caches it by
 * checksum, verifies its SHA-256 and imports it: a published SavedModel zip with
 * `importLaionSavedModel`, a .npz of its weights with `importLaionHead`.
 *
 * @example
 * const { url, sha256 } = LAION_HEADS["ViT-L/14"];
 * const head = await fetchLaionHead(url, { sha256, userAgent: "my-lab (me@example.org)" });
 */
export async function fetchLaionHead(url: string, options: FetchLaionHeadOptions = {}): Promise<ImportedLaionHead & { path: string; fromCache: boolean }> {
  const { sha256, cacheDir = join(projectRoot(), ".cache", "laion-head"), userAgent, allowAddresses, onProgress, ...importOptions } = options;
  if (!sha256) {
    throw new InputError("fetchLaionHead needs the head's `sha256`.", "Compute it once from a copy you trust (`sha256sum head.npz`) and pass it, so a changed file is refused.");
  }
  const got = await download(url, { sha256, to: join(cacheDir, sha256.toLowerCase()), userAgent, allowAddresses, onProgress });
  const bytes = new Uint8Array(readFileSync(got.path));
  const savedModel = [...readZipEntries(bytes, url).keys()].some((k) => k.endsWith("variables/variables.index"));
  const head = savedModel ? importLaionSavedModel(bytes) : importLaionHead(bytes, importOptions);
  return { ...head, path: got.path, fromCache: got.fromCache };
}
