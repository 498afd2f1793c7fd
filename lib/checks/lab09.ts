import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LAION_ROWS, PAGES } from "../sources/fixture-content";
import { projectRoot } from "../data/project-root";
import { readDatasetCard } from "../sources/read-dataset-card";
import { readLibriSpeech } from "../sources/read-librispeech";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

const root = () => join(projectRoot(), "data", "sources");
interface Source { id: string; commercialTraining: { answer: "yes" | "no" | "per item" }; licence: { data: string; annotations: string } }

const catalog = once(() => (JSON.parse(readFileSync(join(root(), "catalog.json"), "utf8")) as { sources: Source[] }).sources);
/** German among a page's languages, fetched pages only: the question 9.2 asks. */
const germanPages = once(() => PAGES.filter((p) => p.status === 200 && p.lang.split(",").includes("deu")).length);
const leakedSpeakers = once(() => {
  const rows = readLibriSpeech(join(root(), "fixtures", "librispeech")).objects() as { subset: string; speaker: number }[];
  const subsets = new Map<number, Set<string>>();
  for (const r of rows) subsets.set(r.speaker, (subsets.get(r.speaker) ?? new Set()).add(r.subset));
  return [...subsets].filter(([, s]) => s.size > 1).map(([speaker]) => speaker).sort((a, b) => a - b);
});
const testSplitFiles = once(() => {
  const card = readDatasetCard(readFileSync(join(root(), "hub", "librispeech-fixture.README.md"), "utf8"));
  const configs = card.metadata.configs as { data_files: { split: string; path: string }[] }[];
  return configs[0].data_files.find((f) => f.split === "test")!.path;
});
/** URLs that no longer lead to the image: everything but "alive" and "moved" (the fixture web's definition, checked by test/sources/check-links.test.ts). */
const rotShare = once(() => LAION_ROWS.filter((r) => r.kind !== "alive" && r.kind !== "moved").length / LAION_ROWS.length);

function judgeCommercial(answer: unknown): Verdict {
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "string")) return { passed: false, message: "Answer with an array of source ids from the catalogue, like [\"laion-400m\"]." };
  const ids = new Set(catalog().map((s) => s.id));
  const unknown = answer.find((a) => !ids.has(a));
  if (unknown) return { passed: false, message: `'${unknown}' is not a source id in data/sources/catalog.json.` };
  const got = new Set(answer as string[]);
  const verdict = new Map(catalog().map((s) => [s.id, s.commercialTraining.answer]));
  const want = [...verdict].filter(([, v]) => v === "yes").map(([id]) => id);
  if (want.every((id) => got.has(id)) && got.size === want.length) return { passed: true, message: `Correct: ${want.join(" and ")} allow commercial training under their stated terms (with attribution where the licence asks for it).` };
  if ([...got].some((id) => verdict.get(id) === "per item")) return { passed: false, message: "Some of these license their metadata or annotations openly, but the items themselves (images, pages) keep their owners' rights: that is 'check each item', not 'yes'." };
  if ([...got].some((id) => verdict.get(id) === "no")) return { passed: false, message: "Some of these are research-only or withdrawn: read the access terms, not only the licence of the metadata." };
  return { passed: false, message: "You left out a source whose data and annotations are both under a licence that allows any use." };
}

function judgeGerman(answer: unknown): Verdict {
  if (typeof answer !== "number" || !Number.isInteger(answer)) return { passed: false, message: "Answer with a whole number of pages." };
  const want = germanPages();
  if (answer === want) return { passed: true, message: `Correct: ${want} fetched pages list German among their languages.` };
  const exact = PAGES.filter((p) => p.status === 200 && p.lang === "deu").length;
  const first = PAGES.filter((p) => p.status === 200 && p.lang.startsWith("deu")).length;
  if (answer === exact || answer === first) return { passed: false, message: "content_languages can hold several languages (\"deu,eng\"): a page counts when German is any of them, not only when it is the first or only one." };
  if (answer === PAGES.length || answer === PAGES.filter((p) => p.status === 200).length) return { passed: false, message: "That counts pages of every language: filter on content_languages." };
  return { passed: false, message: "Not this count: count fetched pages (fetch_status 200) whose language list contains German (deu)." };
}

function judgeLeak(answer: unknown): Verdict {
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "number")) return { passed: false, message: "Answer with an array of speaker ids (numbers), [] if the subsets share none." };
  const want = leakedSpeakers();
  const got = [...new Set(answer as number[])].sort((a, b) => a - b);
  if (JSON.stringify(got) === JSON.stringify(want)) return { passed: true, message: `Correct: speaker ${want.join(", ")} reads in both subsets, so a test score would partly measure a voice the model has heard.` };
  if (!got.length) return { passed: false, message: "The subsets are not disjoint: compare speaker ids, not utterance ids or chapters (a speaker can read another chapter in the other subset)." };
  return { passed: false, message: "Not these speakers: list the speaker ids that occur in more than one subset." };
}

function judgeCardField(answer: unknown): Verdict {
  if (typeof answer !== "string" || !answer.trim()) return { passed: false, message: "Answer with the path pattern as a string." };
  const want = testSplitFiles();
  const a = answer.trim();
  if (a === want || a === want.replace(/\/\*\*$/, "")) return { passed: true, message: `Correct: the test split is ${want} (configs → data_files in the card's YAML).` };
  if (a.includes("train")) return { passed: false, message: "That is the training split's pattern: look for split: test." };
  return { passed: false, message: "Not the test split's files: read them from the card's YAML metadata (configs → data_files), not from its prose." };
}

function judgeRot(answer: unknown): Verdict {
  if (typeof answer !== "number" || !Number.isFinite(answer)) return { passed: false, message: "Answer with a share between 0 and 1 (a number)." };
  if (answer > 1) return { passed: false, message: "Give a share between 0 and 1, not a percentage or a count." };
  const want = rotShare();
  if (Math.abs(answer - want) < 0.005) return { passed: true, message: `Correct: ${(want * 100).toFixed(1)} % of the URLs no longer lead to their image.` };
  const moved = LAION_ROWS.filter((r) => r.kind === "moved").length / LAION_ROWS.length;
  const soft = LAION_ROWS.filter((r) => r.kind === "placeholder").length / LAION_ROWS.length;
  if (Math.abs(answer - (want + moved)) < 0.005) return { passed: false, message: "A URL that redirects to the same image still works: only count URLs that no longer give an image." };
  if (Math.abs(answer - (want - soft)) < 0.005) return { passed: false, message: "Some answers have status 200 but are not images: a status code alone does not tell you the image is there." };
  return { passed: false, message: "Not this share: count the URLs whose outcome is neither an image nor a move to one, and divide by all URLs." };
}

/** Lab 09 (data sources): terms, the columnar index, speaker leaks, cards, link rot. */
export const lab09: LabChecks = {
  lab: "09-data-sources",
  prepare: () => { catalog(); germanPages(); leakedSpeakers(); testSplitFiles(); rotShare(); },
  checks: {
    "9.1": { question: "Which catalogue sources allow commercial training under their stated terms (ids)?", judge: judgeCommercial },
    "9.2": { question: "How many fetched pages of the columnar-index fixture have German among their languages?", judge: judgeGerman },
    "9.3": { question: "Which speaker ids read in both LibriSpeech-shaped subsets?", judge: judgeLeak },
    "9.4": { question: "Which files make the test split of uyd-workshop/librispeech-fixture, per its card?", judge: judgeCardField },
    "9.5": { question: "What share of the LAION-style URLs no longer lead to their image?", judge: judgeRot },
  },
};
