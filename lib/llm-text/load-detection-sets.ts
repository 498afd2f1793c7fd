import { readFileSync } from "node:fs";
import { MissingDataError } from "../errors/workshop-error";
import { sotuParagraphs } from "./sotu-paragraphs";
import { loadModelText } from "./load-model-text";

/** Reference and held-out texts of one kind of document. */
export interface SplitTexts { reference: string[]; heldout: string[] }

/** The lab's three document sets, each split into reference and held-out parts. */
export interface DetectionSets {
  human: SplitTexts;
  generated: SplitTexts;
  polished: SplitTexts;
}

/** Options for {@link loadDetectionSets}. */
export interface LoadDetectionSetsOptions {
  /** The split file. Default "data/llm-text/splits.json". */
  splits?: string;
  /** Folder of the model-written JSONL files. Default "data/llm-text/model". */
  dir?: string;
}

/**
 * Loads the human State of the Union paragraphs (1982-2021) and the model-written
 * paragraphs, split as recorded in splits.json: fit the estimator on `reference` parts
 * only, and build test mixtures from `heldout` parts only.
 *
 * @example
 * const sets = loadDetectionSets();
 * estimateLLMFraction(mixture, { human: sets.human.reference, llm: sets.generated.reference });
 */
export function loadDetectionSets(options: LoadDetectionSetsOptions = {}): DetectionSets {
  const { splits = "data/llm-text/splits.json", dir = "data/llm-text/model" } = options;
  let split: Record<string, { reference: string[]; heldout: string[] }>;
  try {
    split = JSON.parse(readFileSync(splits, "utf8"));
  } catch {
    throw new MissingDataError(`Expected the split file at '${splits}', could not read it.`,
      "Run from the project root, or regenerate it with: npx tsx data/llm-text/make-splits.ts");
  }
  const text = new Map<string, string>();
  for (const p of sotuParagraphs({ from: 1982, to: 2021 })) text.set(p.id, p.text);
  for (const r of loadModelText({ dir })) text.set(r.id, r.text);
  const pick = (ids: string[]) => ids.map((id) => {
    const t = text.get(id);
    if (t === undefined) throw new MissingDataError(`Split lists '${id}', which is in no data file.`, "Regenerate splits.json with make-splits.ts.");
    return t;
  });
  const part = (k: string): SplitTexts => ({ reference: pick(split[k].reference), heldout: pick(split[k].heldout) });
  return { human: part("human"), generated: part("generated"), polished: part("polished") };
}
