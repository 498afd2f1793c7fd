import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../data/project-root";
import { once } from "./once";
import type { LabChecks, Verdict } from "./types";

interface PhotoFacts { name: string; package: string; width: number; height: number; bytes: number }

/** The photo facts recorded by data/photos/make-manifest.ts (verified by a test), read once. */
const photos = once(() => JSON.parse(readFileSync(join(projectRoot(), "data", "photos", "manifest.json"), "utf8")).photos as PhotoFacts[]);

const ratio = (p: PhotoFacts) => p.width / p.height;
const shortName = (p: PhotoFacts) => p.name.replace(/^photos\//, "");

/** The photo an answer names: its sample name, the short name the gallery captions show, or its file path. */
function photoNamed(answer: string): PhotoFacts | undefined {
  const path = answer.replace(/\\/g, "/");
  return photos().find((p) => answer === p.name || answer === shortName(p) || path.endsWith(`${p.package}/data/image.jpg`));
}

function judgeWidest(answer: unknown): Verdict {
  const all = photos();
  const best = all.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
  if (typeof answer !== "string" || answer === "") {
    return { passed: false, message: "Answer with a photo's name (a string such as 'photos/nagasaki-boats' or 'nagasaki-boats')." };
  }
  const picked = photoNamed(answer);
  if (!picked) {
    return { passed: false, message: `'${answer}' is not a photo sample name. Use a name from the table, like 'photos/nagasaki-boats', or its gallery caption.` };
  }
  if (picked.name === best.name) return { passed: true, message: `Correct: ${best.name} is ${ratio(best).toFixed(2)} times as wide as it is tall.` };
  const narrowest = all.reduce((a, b) => (ratio(b) < ratio(a) ? b : a));
  const mostPixels = all.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const why = picked.name === narrowest.name ? " It is the narrowest of all: check the direction of your sort."
    : picked.name === mostPixels.name ? " It has the most pixels, which is a different question from its shape."
    : picked.name === all[0].name ? " It is the first row of the unsorted table." : "";
  return { passed: false, message: `${picked.name} is ${ratio(picked).toFixed(2)} times as wide as tall, but another photo is wider for its height.${why}` };
}

function judgePortraits(answer: unknown): Verdict {
  const all = photos();
  const expected = all.filter((p) => p.height > p.width).length;
  if (typeof answer !== "number" || !Number.isInteger(answer)) {
    return { passed: false, message: `Answer with a whole number (got ${typeof answer === "number" ? String(answer) : typeof answer}).` };
  }
  if (answer === expected) return { passed: true, message: `Correct: ${expected} photos are taller than they are wide.` };
  if (answer === 0) return { passed: false, message: "0 is the value the cell starts with: compute the count from the photos table." };
  if (answer === all.length - expected) return { passed: false, message: "That is the number of landscape photos: the comparison is the wrong way round." };
  if (answer === all.length) return { passed: false, message: "That is every photo: the count has to leave out the rows that are not portrait." };
  return { passed: false, message: "That is not the number of rows that are taller than wide: check which column you compare with which." };
}

/** Lab 00 (welcome): two checks on the bundled photos' sizes. */
export const lab00: LabChecks = {
  lab: "00-welcome",
  checks: {
    "0.1": { question: "Which photo is the widest relative to its height? (a sample name or gallery caption)", points: 1, judge: judgeWidest },
    "0.2": { question: "How many photos are portrait (taller than wide)?", points: 1, judge: judgePortraits },
  },
  prepare: () => void photos(),
};
