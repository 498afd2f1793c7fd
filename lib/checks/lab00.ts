import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import type { LabChecks, Verdict } from "./types";

interface PhotoFacts { name: string; width: number; height: number; bytes: number }

let cached: PhotoFacts[] | undefined;

/** The photo facts recorded by data/photos/make-manifest.ts (verified by a test), read once. */
function photos(): PhotoFacts[] {
  cached ??= JSON.parse(readFileSync(join(projectRoot(), "data", "photos", "manifest.json"), "utf8")).photos as PhotoFacts[];
  return cached;
}

function judgeWidest(answer: unknown): Verdict {
  const all = photos();
  const ratio = (p: PhotoFacts) => p.width / p.height;
  const best = all.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
  if (typeof answer !== "string" || answer === "") {
    return { passed: false, message: "Answer with a sample name (a string such as 'photos/nagasaki-boats')." };
  }
  const picked = all.find((p) => p.name === answer);
  if (!picked) {
    return { passed: false, message: `'${answer}' is not a photo sample name. Use the names from listSamples("photos"), like 'photos/nagasaki-boats'.` };
  }
  if (picked.name === best.name) return { passed: true, message: `Correct: ${best.name} is ${ratio(best).toFixed(2)} times as wide as it is tall.` };
  return {
    passed: false,
    message: `${picked.name} is ${ratio(picked).toFixed(2)} times as wide as tall, but another photo is wider still. Derive width / height for every row and sort by it, descending.`,
  };
}

function judgePortraits(answer: unknown): Verdict {
  const all = photos();
  const expected = all.filter((p) => p.height > p.width).length;
  if (typeof answer !== "number" || !Number.isInteger(answer)) {
    return { passed: false, message: `Answer with a whole number (got ${typeof answer}).` };
  }
  if (answer === expected) return { passed: true, message: `Correct: ${expected} photos are taller than they are wide.` };
  if (answer === all.length - expected) {
    return { passed: false, message: "That is the number of landscape photos: count the rows whose height is greater than their width." };
  }
  return { passed: false, message: "Not quite: filter the table to rows with height > width, then count them (numRows())." };
}

/** Lab 00 (welcome): two checks on the bundled photos' sizes. */
export const lab00: LabChecks = {
  lab: "00-welcome",
  checks: {
    "0.1": { question: "Which photo is the widest relative to its height? (a sample name)", points: 1, judge: judgeWidest },
    "0.2": { question: "How many photos are portrait (taller than wide)?", points: 1, judge: judgePortraits },
  },
};
