import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { projectRoot } from "../data/project-root";
import { findTextIssues } from "../curation/find-text-issues";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

interface Planted { file: string; defects: string[]; recipe: string; nearDuplicateOf?: string }

/** The folder check 3.1 asks about: the outside photos, which the lab only scores in bulk. */
export const OUTSIDE_IMAGE_DIR = "data/curation-outside/images";
/** Check 3.3's slice: documents at least this long (the lab's table ranks all of them). */
export const LONG_DOC_CHARS = 1000;

/** Ground truth written by the committed generators (data/curation/make-planted-*.ts). */
const truth = {
  images: once((): Planted[] => JSON.parse(readFileSync(join(projectRoot(), "data", "curation", "images-truth.json"), "utf8")).samples),
  texts: once((): Planted[] => JSON.parse(readFileSync(join(projectRoot(), "data", "curation", "texts-truth.json"), "utf8")).samples),
};

/**
 * bytesPerPixel of every readable outside photo, by file name, measured the way the
 * learner does (findImageIssues). The scan is async and judges are not, so prepare runs
 * it once in a child process.
 */
const outsideBytesPerPixel = once((): Map<string, number> => {
  const script = `const { findImageIssues } = require("./lib/curation/find-image-issues");
const { listFiles } = require("./lib/curation/list-files");
findImageIssues(listFiles(${JSON.stringify(OUTSIDE_IMAGE_DIR)})).then((rows) =>
  process.stdout.write(JSON.stringify(rows.filter((r) => r.ok).map((r) => [r.path.split("/").pop(), r.bytesPerPixel]))));`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: projectRoot(), encoding: "utf8", maxBuffer: 1 << 24 });
  return new Map(JSON.parse(out));
});

/** Compression ratio of every readable document, by id, from findTextIssues. */
const docRows = once(() => {
  const docs = JSON.parse(readFileSync(join(projectRoot(), "data", "curation", "texts.json"), "utf8")).docs;
  return findTextIssues(docs).filter((r) => r.ok).map((r) => ({ id: r.id, ratio: r.compressionRatio, chars: r.chars }));
});

/** The 5 outside photos with the lowest bytesPerPixel (ties broken by name). */
export function smallestOutsidePerPixel(): string[] {
  return [...outsideBytesPerPixel()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([f]) => f);
}

/** The 5 documents of at least LONG_DOC_CHARS characters with the lowest gzip ratio. */
export function lowestRatioLongDocs(): string[] {
  return docRows().filter((d) => d.chars >= LONG_DOC_CHARS).sort((a, b) => a.ratio - b.ratio || a.id.localeCompare(b.id)).slice(0, 5).map((d) => d.id);
}

/** The original image check 3.2 asks about: the first one with a planted re-encoded copy. */
export function nearDuplicateQuestionFile(): string {
  const copy = truth.images().find((s) => s.defects.includes("nearDuplicate") && s.recipe.startsWith("re-encoded"));
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
  const bpp = outsideBytesPerPixel();
  if (new Set(got).size !== 5) return { passed: false, message: `Expected 5 different file names, got ${new Set(got).size}.` };
  const planted = new Set(truth.images().map((s) => s.file));
  const unknown = got.filter((f) => !bpp.has(f));
  if (unknown.length && unknown.every((f) => planted.has(f))) return { passed: false, message: `These are files of data/curation/images; the question is about ${OUTSIDE_IMAGE_DIR}.` };
  if (unknown.length) return { passed: false, message: `'${unknown[0]}' is not a readable image in ${OUTSIDE_IMAGE_DIR}: scan that folder and keep rows with ok = true.` };
  const expected = smallestOutsidePerPixel();
  const wrong = got.filter((f) => !expected.includes(f));
  if (!wrong.length) return { passed: true, message: `Correct: ${expected.join(", ")} have the five lowest bytes per pixel of the outside photos.` };
  const rank = [...bpp].sort((a, b) => b[1] - a[1]).map(([f]) => f);
  if (got.every((f) => rank.slice(0, 5).includes(f))) return { passed: false, message: "These are the LARGEST per pixel: check the sort order." };
  return { passed: false, message: `${wrong.length} of these ${wrong.length === 1 ? "is" : "are"} not among the five lowest bytesPerPixel values (raw file size, or a slice other than the first five, gives a different list).` };
}

function judgeNearDuplicates(answer: unknown): Verdict {
  const got = names(answer, "file names");
  if (!Array.isArray(got)) return got;
  const target = nearDuplicateQuestionFile();
  const expected = new Set(truth.images().filter((s) => s.nearDuplicateOf === target).map((s) => s.file));
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
  const rows = new Map(docRows().map((d) => [d.id, d]));
  if (new Set(got).size !== 5) return { passed: false, message: `Expected 5 different document ids, got ${new Set(got).size}.` };
  const unknown = got.filter((id) => !rows.has(id));
  if (unknown.length) return { passed: false, message: `'${unknown[0]}' is not a readable document id in data/curation/texts.json (ids look like "doc-042").` };
  const expected = lowestRatioLongDocs();
  if (got.every((id) => expected.includes(id))) return { passed: true, message: `Correct: ${expected.join(", ")} compress best among the documents of ${LONG_DOC_CHARS}+ characters.` };
  if (got.some((id) => rows.get(id)!.chars < LONG_DOC_CHARS)) return { passed: false, message: `Some of these are shorter than ${LONG_DOC_CHARS} characters: the question is about the long documents only.` };
  const highest = docRows().filter((d) => d.chars >= LONG_DOC_CHARS).sort((a, b) => b.ratio - a.ratio).slice(0, 5).map((d) => d.id);
  if (got.every((id) => highest.includes(id))) return { passed: false, message: "These are the LEAST compressible long documents: check the sort order." };
  return { passed: false, message: "Not all of these are among the five lowest compression ratios of the long documents (a slice other than the first five, or another column, gives a different list)." };
}

/** Lab 03 (problematic samples): compressed size per pixel, near-duplicates, text compression. */
export const lab03: LabChecks = {
  lab: "03-problematic-samples",
  checks: {
    "3.1": { question: `Which 5 images of ${OUTSIDE_IMAGE_DIR} are the smallest per pixel (bytesPerPixel)?`, points: 1, judge: judgeSmallestPerPixel },
    "3.2": { question: "Which files are near-duplicates of the file nearDuplicateQuestionFile() names?", points: 1, judge: judgeNearDuplicates },
    "3.3": { question: `Which 5 documents of at least ${LONG_DOC_CHARS} characters have the lowest gzip compression ratio?`, points: 1, judge: judgeLowestCompression },
  },
  prepare: () => {
    truth.images();
    truth.texts();
    outsideBytesPerPixel();
    docRows();
  },
};
