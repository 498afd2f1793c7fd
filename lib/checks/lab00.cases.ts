// Right answers and plausible wrong ones for lab 00's checks, computed from the photo
// manifest (data/photos/manifest.json); run by test/checks/check-cases.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import type { LabCheckCases } from "./types";

interface Photo { name: string; package: string; width: number; height: number }
const photos = () => JSON.parse(readFileSync(join(projectRoot(), "data", "photos", "manifest.json"), "utf8")).photos as Photo[];
const byRatio = () => photos().slice().sort((a, b) => b.width / b.height - a.width / a.height);
const portraits = () => photos().filter((p) => p.height > p.width).length;

export const cases: LabCheckCases = {
  "0.1": {
    right: [
      { answer: () => byRatio()[0].name, why: "the sample name of the largest width / height" },
      { answer: () => byRatio()[0].name.replace("photos/", ""), why: "the short name the gallery captions show" },
      { answer: () => join(projectRoot(), "node_modules", byRatio()[0].package, "data", "image.jpg"), why: "its path, from samplePath" },
    ],
    wrong: [
      { answer: () => byRatio()[1].name, why: "the runner-up in the ranking" },
      { answer: () => byRatio()[byRatio().length - 1].name, why: "sorted ascending: the narrowest" },
      { answer: () => photos().slice().sort((a, b) => b.width * b.height - a.width * a.height)[0].name, why: "the most pixels" },
      { answer: () => photos()[0].name, why: "the first row of the unsorted table" },
      { answer: () => byRatio()[1].name.replace("photos/", ""), why: "the runner-up, by its caption" },
      { answer: "", why: "the unfilled cell" },
      { answer: "image.jpg", why: "a file name every photo shares" },
      { answer: 2.12, why: "the ratio instead of the name" },
    ],
  },
  "0.2": {
    right: [{ answer: () => portraits(), why: "rows with height > width" }],
    wrong: [
      { answer: 0, why: "the unfilled cell" },
      { answer: () => photos().length - portraits(), why: "landscape photos: the comparison the wrong way round" },
      { answer: () => photos().length, why: "every photo" },
      { answer: () => portraits() + 1, why: "off by one" },
      { answer: () => portraits() - 1, why: "off by one, below" },
      { answer: () => String(portraits()), why: "the count as a string" },
      { answer: NaN, why: "NaN from a failed computation" },
    ],
  },
};
