import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { projectRoot } from "../data/project-root";
import type { LabChecks, Verdict } from "./types";

interface Planted { file: string; defects: string[]; recipe: string; nearDuplicateOf?: string }

/** Ground truth written by the committed generators (data/curation/make-planted-*.ts). */
function truth(kind: "images" | "texts"): Planted[] {
  return JSON.parse(readFileSync(join(projectRoot(), "data", "curation", `${kind}-truth.json`), "utf8")).samples;
}

/** The original image check 3.2 asks about: the first one with a planted re-encoded copy. */
export function nearDuplicateQuestionFile(): string {
  const copy = truth("images").find((s) => s.defects.includes("nearDuplicate") && s.recipe.startsWith("re-encoded"));
  return copy?.nearDuplicateOf ?? "";
}

/** The answer as a list of names (paths are reduced to their file name), or a complaint. */
function names(answer: unknown, what: string): string[] | Verdict {
  if (!Array.isArray(answer) || answer.some((a) => typeof a !== "string")) {
    return { passed: false, message: `Answer with an array of ${what} (strings), got ${Array.isArray(answer) ? "an array with non-strings" : typeof answer}.` };
  }
  return answer.map((a: string) => basename(a));
}

function judgeSmallestPerPixel(answer: unknown): Verdict {
  const got = names(answer, "5 file names");
  if (!Array.isArray(got)) return got;
  const all = truth("images");
  const byFile = new Map(all.map((s) => [s.file, s]));
  if (new Set(got).size !== 5) return { passed: false, message: `Expected 5 different file names, got ${new Set(got).size}.` };
  const unknown = got.filter((f) => !byFile.has(f));
  if (unknown.length) return { passed: false, message: `'${unknown[0]}' is not in data/curation/images. Use the rows' paths.` };
  const has = (d: string) => got.some((f) => byFile.get(f)!.defects.includes(d));
  if (got.every((f) => byFile.get(f)!.defects.includes("lowInformation"))) {
    return { passed: true, message: "Correct: the five smallest per pixel are all near-blank frames." };
  }
  if (has("unreadable")) return { passed: false, message: "Some of these cannot be decoded at all: keep only rows with ok = true before sorting." };
  if (has("oddSize")) {
    return { passed: false, message: "Some of these are tiny thumbnails: the smallest files, yet per pixel among the largest. Sort by bytesPerPixel, smallest first." };
  }
  if (has("noisy")) return { passed: false, message: "These include the largest per pixel: sort ascending (smallest first)." };
  return { passed: false, message: "Not all of these are among the five smallest per pixel: sort by bytesPerPixel ascending and take the first 5." };
}

function judgeNearDuplicates(answer: unknown): Verdict {
  const got = names(answer, "file names");
  if (!Array.isArray(got)) return got;
  const target = nearDuplicateQuestionFile();
  const expected = new Set(truth("images").filter((s) => s.nearDuplicateOf === target).map((s) => s.file));
  if (got.includes(target)) return { passed: false, message: `Leave ${target} itself out: the question is which OTHER files are near-duplicates of it.` };
  const extra = got.filter((f) => !expected.has(f));
  const missing = [...expected].filter((f) => !got.includes(f));
  if (!extra.length && !missing.length) return { passed: true, message: `Correct: ${got.join(", ")} ${got.length === 1 ? "is a near-duplicate" : "are near-duplicates"} of ${target}.` };
  if (extra.length) return { passed: false, message: `${extra.length} of these ${extra.length === 1 ? "is" : "are"} not a near-duplicate of ${target}: look at the row of ${target} only (its nearDuplicates).` };
  return { passed: false, message: `You are missing ${missing.length}: a near-duplicate can be re-encoded, resized or slightly cropped, so look at nearDuplicates rather than identical bytes.` };
}

function judgeLowestCompression(answer: unknown): Verdict {
  const got = names(answer, "5 document ids");
  if (!Array.isArray(got)) return got;
  const byId = new Map(truth("texts").map((s) => [s.file, s]));
  if (new Set(got).size !== 5) return { passed: false, message: `Expected 5 different document ids, got ${new Set(got).size}.` };
  const unknown = got.filter((id) => !byId.has(id));
  if (unknown.length) return { passed: false, message: `'${unknown[0]}' is not a document id in data/curation/texts.json (ids look like "doc-042").` };
  const defects = got.map((id) => byId.get(id)!.defects);
  if (defects.every((d) => d.includes("repetition"))) return { passed: true, message: "Correct: the five most compressible documents all repeat themselves." };
  if (defects.some((d) => d.includes("gibberish") || d.includes("extremeLength"))) {
    return { passed: false, message: "These include the LEAST compressible documents (random characters, very short texts): sort by compressionRatio ascending." };
  }
  return { passed: false, message: "Not all of these are among the five lowest compression ratios: sort ascending by compressionRatio and take the first 5." };
}

/** Lab 03 (problematic samples): compressed size per pixel, near-duplicates, text compression. */
export const lab03: LabChecks = {
  lab: "03-problematic-samples",
  checks: {
    "3.1": { question: "Which 5 images are the smallest per pixel after re-encoding (bytesPerPixel)?", points: 1, judge: judgeSmallestPerPixel },
    "3.2": { question: "Which files are near-duplicates of the file nearDuplicateQuestionFile() names?", points: 1, judge: judgeNearDuplicates },
    "3.3": { question: "Which 5 documents have the lowest gzip compression ratio?", points: 1, judge: judgeLowestCompression },
  },
};
