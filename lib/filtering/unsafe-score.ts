import { InputError } from "../errors/workshop-error";
import { NSFW_CLASSES, type NsfwClass } from "../models/nsfw-scores";

/** The three usual definitions of "unsafe" over the nsfwjs classes, narrowest first. */
export const UNSAFE_CLASS_SETS: Record<string, NsfwClass[]> = {
  porn: ["Porn"],
  "porn+hentai": ["Porn", "Hentai"],
  "porn+hentai+sexy": ["Porn", "Hentai", "Sexy"],
};

/**
 * The probability that an image is "unsafe" under a chosen set of nsfwjs classes: the
 * sum of their probabilities. Which classes count is a choice the filter's data card
 * must state; adding classes can only raise the score.
 *
 * @example
 * unsafeScore({ Drawing: 0.1, Hentai: 0.05, Neutral: 0.8, Porn: 0.03, Sexy: 0.02 }, ["Porn", "Hentai"]); // 0.08
 */
export function unsafeScore(scores: Record<NsfwClass, number>, classes: ReadonlyArray<NsfwClass> = ["Porn", "Hentai", "Sexy"]): number {
  const unknown = classes.filter((c) => !NSFW_CLASSES.includes(c));
  if (unknown.length) throw new InputError(`Unknown class(es): ${unknown.join(", ")}.`, `Use some of ${NSFW_CLASSES.join(", ")}.`);
  return classes.reduce((sum, c) => sum + scores[c], 0);
}
