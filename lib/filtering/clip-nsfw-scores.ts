import { embedImages, type EmbedImagesOptions } from "../models/embed-images";
import type { LoadedModel } from "../models/load-model";
import type { ImageResult } from "../models/map-images";
import { scoreEmbeddings, type ScoringHead } from "../models/score-embeddings";

/**
 * The LAION-style filter end to end: a learner-supplied CLIP image encoder (ONNX) embeds
 * each image (`embedImages`, CLIP preprocessing by default), and a scoring head such as the
 * one `importLaionHead` returns turns each embedding into `punsafe`, the probability of
 * unsafe content (LAION's head: 1 = NSFW). A bad image gets `{ok: false, error}`.
 *
 * @example
 * const head = importLaionHead("models/laion-b32-head.npz");
 * const rows = await clipNsfwScores("models/clip-vit-b32-vision.onnx", ["a.jpg"], head);
 * rows[0].ok && rows[0].punsafe; // 0.03
 */
export async function clipNsfwScores(
  encoder: string | LoadedModel,
  images: ReadonlyArray<string | Uint8Array>,
  head: ScoringHead,
  options: EmbedImagesOptions = {},
): Promise<Array<ImageResult<{ punsafe: number; embedding: Float32Array }>>> {
  const rows = await embedImages(encoder, images, options);
  const ok = rows.filter((r) => r.ok) as Array<{ ok: true; embedding: Float32Array }>;
  const scores = scoreEmbeddings(ok.map((r) => r.embedding), head);
  let k = 0;
  return rows.map((r) => (r.ok ? { ...r, punsafe: scores[k++] } : r)) as Array<ImageResult<{ punsafe: number; embedding: Float32Array }>>;
}
