// Right and plausible wrong answers for every check of lab 09 (run by test/checks/check-cases.test.ts).
import { LAION_ROWS, PAGES } from "../sources/fixture-content";
import type { LabCheckCases } from "./types";

const share = (kinds: string[]) => LAION_ROWS.filter((r) => kinds.includes(r.kind)).length / LAION_ROWS.length;
const fetched = PAGES.filter((p) => p.status === 200);

export const cases: LabCheckCases = {
  "9.1": {
    right: [{ answer: ["common-voice-17", "librispeech"], why: "CC0 and CC BY 4.0" }, { answer: ["librispeech", "common-voice-17"], why: "any order" }],
    wrong: [
      { answer: ["librispeech"], why: "left out Common Voice (the gate is a promise, not a use restriction)" },
      { answer: ["common-voice-17", "librispeech", "open-images-v7"], why: "annotations CC BY, images per item" },
      { answer: ["common-voice-17", "librispeech", "laion-400m"], why: "metadata CC BY 4.0 read as the images' licence" },
      { answer: ["common-voice-17", "librispeech", "common-crawl"], why: "free archive read as free content" },
      { answer: ["imagenet-1k"], why: "research-only terms" },
      { answer: [], why: "empty list" },
      { answer: "librispeech", why: "a string, not a list" },
      { answer: ["LibriSpeech"], why: "a name, not an id" },
    ],
  },
  "9.2": {
    right: [{ answer: () => fetched.filter((p) => p.lang.split(",").includes("deu")).length, why: "German anywhere in the list" }],
    wrong: [
      { answer: () => fetched.filter((p) => p.lang === "deu").length, why: "exact match only" },
      { answer: () => fetched.filter((p) => p.lang.startsWith("deu")).length, why: "first language only" },
      { answer: () => fetched.filter((p) => p.lang.split(",").includes("fra")).length, why: "the French count shown in the lab" },
      { answer: () => fetched.length, why: "every fetched page" },
      { answer: () => PAGES.length, why: "every record" },
      { answer: () => fetched.filter((p) => p.lang.split(",").includes("deu")).length + 1, why: "off by one" },
      { answer: NaN, why: "NaN" },
      { answer: "7", why: "a string" },
    ],
  },
  "9.3": {
    right: [{ answer: [26], why: "the planted speaker" }, { answer: [26, 26], why: "duplicates collapse" }],
    wrong: [
      { answer: [], why: "assumed disjoint" },
      { answer: [19, 26], why: "an extra speaker" },
      { answer: [61], why: "a test-only speaker" },
      { answer: [495, 496], why: "chapter ids" },
      { answer: ["26"], why: "ids as strings" },
      { answer: 26, why: "a number, not a list" },
    ],
  },
  "9.4": {
    right: [{ answer: "test-mini/**", why: "as the YAML says" }, { answer: " test-mini ", why: "the folder without the glob" }],
    wrong: [
      { answer: "train-mini/**", why: "the training split" },
      { answer: "test", why: "the split name, not its files" },
      { answer: "mit", why: "the licence field" },
      { answer: "librispeech/*/*/*/*.flac", why: "the Croissant FileSet glob" },
      { answer: "", why: "empty" },
      { answer: ["test-mini/**"], why: "a list" },
    ],
  },
  "9.5": {
    right: [{ answer: () => share(["missing", "gone", "placeholder", "deadHost"]), why: "all but alive and moved" }],
    wrong: [
      { answer: () => share(["missing", "gone", "placeholder", "deadHost", "moved"]), why: "moved counted as rot" },
      { answer: () => share(["missing", "gone", "deadHost"]), why: "soft 404 counted as alive" },
      { answer: () => share(["missing", "gone"]), why: "only HTTP errors" },
      { answer: () => 100 * share(["missing", "gone", "placeholder", "deadHost"]), why: "a percentage" },
      { answer: () => LAION_ROWS.filter((r) => !["alive", "moved"].includes(r.kind)).length, why: "a count" },
      { answer: () => share(["alive", "moved"]), why: "the share still working" },
      { answer: NaN, why: "NaN" },
    ],
  },
};
