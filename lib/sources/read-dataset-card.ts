import type * as Yaml from "yaml";
import { lazyModule } from "../data/lazy-module";
import { InputError } from "../errors/workshop-error";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const yaml = lazyModule<typeof Yaml>(() => require("yaml"));

/** A dataset card split into its YAML metadata and its sections, with what a careful reader would flag. */
export interface DatasetCard {
  metadata: Record<string, unknown>;
  sections: { heading: string; text: string }[];
  /** Things a user must check before using the data, each a sentence. */
  findings: string[];
}

const DATASHEET = [
  ["motivation", /motivation|purpose|summary|description/i],
  ["composition", /structure|composition|fields|instances/i],
  ["collection", /creation|collection|source/i],
  ["labelling", /annotation|label/i],
  ["uses", /uses|use|limitations|considerations/i],
  ["distribution", /licen[cs]e|distribution|terms/i],
  ["maintenance", /maintenance|contact|version/i],
] as const;

/**
 * Reads a Hugging Face dataset card (README.md: YAML front matter between `---` lines,
 * then Markdown) into its metadata and sections, and lists what a careful reader
 * flags: no licence or `license: unknown`, labels made by a model, personal data
 * mentioned, and which datasheet questions (Gebru et al. 2018: motivation,
 * composition, collection, labelling, uses, distribution, maintenance) no section answers.
 *
 * @example
 * const card = readDatasetCard(await (await fetch(`${hub.url}/datasets/uyd-workshop/street-photos-raw/raw/main/README.md`)).text());
 * card.metadata.license // "unknown"
 */
export function readDatasetCard(markdown: string): DatasetCard {
  if (typeof markdown !== "string") throw new InputError(`Expected the card's Markdown as a string, got ${typeof markdown}.`, "Pass the text of README.md.");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(markdown);
  let metadata: Record<string, unknown> = {};
  if (m) {
    try {
      metadata = (yaml.parse(m[1]) ?? {}) as Record<string, unknown>;
    } catch (err) {
      throw new InputError(`The card's YAML front matter does not parse: ${(err as Error).message}.`, "Fix the YAML between the two --- lines.");
    }
  }
  const body = m ? m[2] : markdown;
  const sections: DatasetCard["sections"] = [];
  for (const part of body.split(/^(?=#{1,3} )/m)) {
    const h = /^#{1,3} (.+)\n?([\s\S]*)$/.exec(part);
    if (h) sections.push({ heading: h[1].trim(), text: h[2].trim() });
  }
  const findings: string[] = [];
  const license = metadata.license;
  if (license === undefined) findings.push("No licence in the metadata: you may not assume any right to use the data.");
  else if (String(license).toLowerCase() === "unknown" || String(license).toLowerCase() === "other") findings.push(`The licence is '${license}': find the terms before any use.`);
  const all = sections.map((s) => `${s.heading}\n${s.text}`).join("\n");
  if (/\b(labell?ed|annotated) (them )?(with|by) (an? )?(existing |pretrained )?(detector|model|classifier)/i.test(all)) findings.push("Labels were made by a model: they carry its errors, and agreement with it is not accuracy.");
  if (/\b(faces?|licen[cs]e plates?|names?|e-?mail|phone|address)\b/i.test(all)) findings.push("Personal data is mentioned: check consent and whether it was removed or blurred.");
  if (/image search|scraped|downloaded the first/i.test(all)) findings.push("Collected from the web: each item keeps its owner's copyright whatever the card's licence says.");
  for (const [question, pattern] of DATASHEET) {
    if (!sections.some((s) => pattern.test(s.heading))) findings.push(`No section answers the datasheet question on ${question}.`);
  }
  return { metadata, sections, findings };
}
