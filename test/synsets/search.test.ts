import assert from "node:assert/strict";
import { test } from "node:test";
import { findSynsets } from "../../lib/synsets/find-synsets";
import { getSynset } from "../../lib/synsets/get-synset";
import { searchGlosses } from "../../lib/synsets/search-glosses";

test("findSynsets finds the one synset named 'seat belt' and its ImageNet index; text search finds it plus things that mention belts and seats", () => {
  const box = findSynsets("seat belt");
  assert.deepEqual(box.map((h) => [h.wnid, h.imagenet, h.match]), [["n04162706", 785, "exact"]]);
  const text = searchGlosses("seat belt", { limit: 20 });
  assert.equal(text[0].wnid, "n04162706");
  assert.ok(text.length === 20 && text.slice(1).every((h) => h.imagenet === null || h.wnid !== "n04162706"));
  assert.ok(text.some((h) => /belt/.test(h.gloss) && !h.lemmas.includes("seat belt")));
});

test("findSynsets: exact lemmas first (all five cranes), then prefixes; case and underscores do not matter", () => {
  const cranes = findSynsets("Crane", { limit: 50 });
  assert.deepEqual(cranes.filter((h) => h.match === "exact").map((h) => h.wnid), ["n02012849", "n03126707", "n09295455", "n10914331", "n10914447"]);
  assert.ok(cranes.some((h) => h.match === "prefix" && h.lemmas.includes("crane fly")));
  assert.deepEqual(findSynsets("oxygen_mask").map((h) => h.imagenet), [691]);
  assert.deepEqual(findSynsets("crane", { imagenetOnly: true }).map((h) => h.imagenet), [134, 517]);
  assert.deepEqual(findSynsets("   "), []);
});

test("searchGlosses ranks the exact phrase above a gloss with one of the words, and imagenetOnly keeps classes only", () => {
  const hits = searchGlosses("oxygen mask");
  assert.equal(hits[0].wnid, "n03868863");
  assert.ok(hits[1].match < hits[0].match);
  const classes = searchGlosses("mask", { imagenetOnly: true, limit: 50 });
  assert.ok(classes.length > 1 && classes.every((h) => h.imagenet !== null));
  assert.ok(classes.some((h) => h.imagenet === 691));
});

test("getSynset refuses a wnid that is not a WordNet 3.0 noun, with a hint", () => {
  assert.throws(() => getSynset("n99999999"), /Expected a WordNet 3.0 noun wnid.*Hint:/);
  assert.throws(() => getSynset("seat belt"), /Hint: Find one with findSynsets/);
});
