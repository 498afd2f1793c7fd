import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { findTextIssues } from "../curation/find-text-issues";
import { lab03, lowestRatioLongDocs, nearDuplicateQuestionFile, OUTSIDE_IMAGE_DIR, smallestOutsidePerPixel, LONG_DOC_CHARS } from "./lab03";
import type { LabCheckCases } from "./types";

// Answers are functions: they are computed from the data when the table runs.
lab03.prepare?.();
const root = projectRoot();
const outsideFiles = () => readdirSync(join(root, OUTSIDE_IMAGE_DIR)).sort();
const bySize = () => outsideFiles().sort((a, b) => statSync(join(root, OUTSIDE_IMAGE_DIR, a)).size - statSync(join(root, OUTSIDE_IMAGE_DIR, b)).size);
const imageTruth: { file: string; defects: string[]; nearDuplicateOf?: string }[] = JSON.parse(readFileSync(join(root, "data/curation/images-truth.json"), "utf8")).samples;
const docs = JSON.parse(readFileSync(join(root, "data/curation/texts.json"), "utf8")).docs;
const textRows = () => findTextIssues(docs).filter((r) => r.ok);
const longRanked = () => textRows().filter((r) => r.chars >= LONG_DOC_CHARS).sort((a, b) => a.compressionRatio - b.compressionRatio).map((r) => r.id);
const target = () => nearDuplicateQuestionFile();
const copies = () => imageTruth.filter((s) => s.nearDuplicateOf === target()).map((s) => s.file);

export const cases: LabCheckCases = {
  "3.1": {
    right: [
      { answer: () => smallestOutsidePerPixel(), why: "the five lowest bytesPerPixel of the outside photos, as file names" },
      { answer: () => smallestOutsidePerPixel().reverse().map((f) => `${OUTSIDE_IMAGE_DIR}/${f}`), why: "the same as paths, in another order" },
    ],
    wrong: [
      { answer: () => [...smallestOutsidePerPixel().slice(0, 4), "astronaut.jpg"], why: "four right and one ordinary photo" },
      { answer: () => bySize().slice(0, 5), why: "sorted by file size on disk instead of bytes per pixel" },
      { answer: () => imageTruth.filter((s) => s.defects.includes("lowInformation")).slice(0, 5).map((s) => s.file), why: "five near-blank frames of the planted set (the lab's own folder)" },
      { answer: () => outsideFiles().slice(0, 5), why: "the first five in name order" },
      { answer: () => outsideFiles().filter((f) => /truncated|badcrc|corrupt/.test(f)).slice(0, 5), why: "damaged files (unreadable rows kept)" },
      { answer: [], why: "an empty list" },
      { answer: [NaN, NaN, NaN, NaN, NaN], why: "numbers instead of names" },
      { answer: () => smallestOutsidePerPixel().slice(0, 4), why: "only four" },
    ],
  },
  "3.2": {
    right: [
      { answer: () => copies(), why: "the planted near-duplicates of the asked file" },
      { answer: () => copies().map((f) => `data/curation/images/${f}`), why: "the same as paths" },
    ],
    wrong: [
      { answer: () => [target(), ...copies()], why: "the file itself included" },
      { answer: [], why: "an empty list" },
      { answer: () => [target()], why: "the file itself only" },
      { answer: () => [...copies(), imageTruth.find((s) => s.defects.length === 0 && s.file !== target())!.file], why: "an unrelated clean image added" },
      { answer: () => imageTruth.filter((s) => s.nearDuplicateOf && s.nearDuplicateOf !== target()).slice(0, 1).map((s) => s.file), why: "the copy of another original" },
      { answer: () => imageTruth.filter((s) => s.defects.includes("exactDuplicate")).slice(0, 1).map((s) => s.file), why: "an exact duplicate of some other file" },
    ],
  },
  "3.3": {
    right: [
      { answer: () => lowestRatioLongDocs(), why: "the five lowest ratios among documents of 1000+ characters" },
      { answer: () => lowestRatioLongDocs().reverse(), why: "the same ids in another order" },
    ],
    wrong: [
      { answer: () => longRanked().slice(1, 6), why: "off by one (second to sixth)" },
      { answer: () => longRanked().slice(-5), why: "sorted the wrong way (least compressible)" },
      { answer: () => textRows().sort((a, b) => a.compressionRatio - b.compressionRatio).map((r) => r.id).filter((id) => !lowestRatioLongDocs().includes(id)).slice(0, 5), why: "the length limit ignored: lowest ratios of all documents" },
      { answer: () => textRows().filter((r) => r.chars >= LONG_DOC_CHARS).sort((a, b) => a.chars - b.chars).slice(0, 5).map((r) => r.id), why: "the wrong column: the five shortest long documents" },
      { answer: () => [...longRanked().slice(0, 4), longRanked()[5]], why: "the sixth instead of the fifth" },
      { answer: [], why: "an empty list" },
      { answer: ["doc-1", "doc-2", "doc-3", "doc-4", "doc-5"], why: "ids in the wrong format" },
    ],
  },
};
