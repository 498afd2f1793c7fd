import type * as Undici from "undici";
import { lazyModule } from "../data/lazy-module";
import { InputError, WorkshopError } from "../errors/workshop-error";
import { readDatasetCard, type DatasetCard } from "./read-dataset-card";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const undici = lazyModule<typeof Undici>(() => require("undici"));

async function getText(url: string, timeoutMs: number): Promise<string> {
  let res;
  try {
    res = await undici.request(url, { headersTimeout: timeoutMs, bodyTimeout: timeoutMs, headers: { accept: "*/*" } });
  } catch (err) {
    throw new WorkshopError(`Could not reach ${url}: ${(err as Error).message}.`, "Check hubUrl; offline, use the local mirror (startHubMirror).");
  }
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new WorkshopError(`GET ${url} answered HTTP ${res.statusCode}.`, "Check the dataset id (owner/name); gated data sets need a token.");
  return text;
}

function checkId(id: string, hubUrl: string | undefined): string {
  if (!/^[\w.-]+\/[\w.-]+$/.test(id)) throw new InputError(`Expected a dataset id like 'owner/name', got ${JSON.stringify(id)}.`, "Copy the id from a search hit's name.");
  if (!hubUrl) throw new InputError("Pass hubUrl: the local mirror's url, or 'https://huggingface.co' to go online.", "Start the mirror with startHubMirror() and pass its url.");
  return hubUrl.replace(/\/$/, "");
}

/**
 * Fetches a dataset's card (README.md on its main branch) from the Hub or the local
 * mirror and reads it with {@link readDatasetCard}.
 *
 * @example
 * const card = await fetchDatasetCard("uyd-workshop/street-photos-raw", { hubUrl: hub.url });
 * card.findings
 */
export async function fetchDatasetCard(id: string, options: { hubUrl?: string; timeoutMs?: number } = {}): Promise<DatasetCard> {
  const base = checkId(id, options.hubUrl);
  return readDatasetCard(await getText(`${base}/datasets/${id}/raw/main/README.md`, options.timeoutMs ?? 15_000));
}

/**
 * Fetches a dataset's Croissant metadata (`/api/datasets/<id>/croissant`) as parsed JSON-LD.
 *
 * @example
 * readCroissant(await fetchCroissant("uyd-workshop/librispeech-fixture", { hubUrl: hub.url }))
 */
export async function fetchCroissant(id: string, options: { hubUrl?: string; timeoutMs?: number } = {}): Promise<unknown> {
  const base = checkId(id, options.hubUrl);
  const text = await getText(`${base}/api/datasets/${id}/croissant`, options.timeoutMs ?? 15_000);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new WorkshopError(`The Croissant answer for ${id} is not JSON: ${(err as Error).message}.`, "Try again; if it persists the server sent an error page.");
  }
}
