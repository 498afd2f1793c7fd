import type * as Hub from "@huggingface/hub";
import { lazyModule } from "../data/lazy-module";
import { InputError, WorkshopError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const hub = lazyModule<typeof Hub>(() => require("@huggingface/hub"));

/** One search hit. */
export interface DatasetHit {
  name: string;
  gated: false | "auto" | "manual";
  downloads: number;
  likes: number;
  tags: string[];
  /** The licence tag without its "license:" prefix, or "none stated". */
  license: string;
  description?: string;
}

/** Options for {@link searchDatasets}. */
export interface SearchDatasetsOptions {
  /** Tags every hit must carry, e.g. ["modality:audio", "license:cc-by-4.0"]. Default []. */
  tags?: string[];
  /** Most hits. Default 20. */
  limit?: number;
  /** Sort by downloads or likes (most first). Default: the Hub's order. */
  sort?: "downloads" | "likes";
  /** Where the API is: the local mirror's url (startHubMirror) or "https://huggingface.co". Required: nothing goes online unless you say so. */
  hubUrl?: string;
}

/**
 * Searches data sets on the Hugging Face Hub (or the workshop's local mirror of its
 * API) with the official client `@huggingface/hub`: by words in the id, by tags, sorted.
 * Each hit carries its tags and its licence tag read out, so "what may I do with it"
 * is the first column you see.
 *
 * @example
 * for await (const d of searchDatasets("speech", { hubUrl: hub.url, tags: ["modality:audio"] })) console.log(d.name, d.license);
 */
export async function* searchDatasets(query: string, options: SearchDatasetsOptions = {}): AsyncGenerator<DatasetHit> {
  const { tags = [], limit = 20, sort, hubUrl } = options;
  if (!hubUrl) {
    throw new InputError("searchDatasets needs hubUrl: the local mirror's url, or 'https://huggingface.co' to go online.",
      "In the lab, start the mirror with startHubMirror() and pass its url; pass the Hub's own address only when you mean to go online.");
  }
  try {
    for await (const d of hub.listDatasets({ search: { query, tags }, limit, sort, hubUrl, additionalFields: ["tags", "description"] })) {
      const t = (d.tags ?? []) as string[];
      const lic = t.find((x) => x.startsWith("license:"));
      yield { name: d.name, gated: d.gated, downloads: d.downloads, likes: d.likes, tags: t, license: lic ? lic.slice(8) : "none stated", description: d.description as string | undefined };
    }
  } catch (err) {
    if ((err as Error).name === "InputError") throw err;
    throw new WorkshopError(`The dataset search at ${hubUrl} failed: ${(err as Error).message}.`, "Check the address; offline, use the local mirror (startHubMirror).");
  }
}
