import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadSafeSubsets } from "../../lib/filtering/load-safe-subsets";
import { nsfwScores } from "../../lib/models/nsfw-scores";

test("the committed nsfw-scores.json that lab 08's checks read matches nsfwScores on a sample of each subset", async () => {
  const file = JSON.parse(readFileSync("data/filtering/nsfw-scores.json", "utf8")) as { rows: Array<{ subset: string; name: string; scores: Record<string, number> }> };
  const subsets = loadSafeSubsets();
  assert.equal(file.rows.length, Object.values(subsets).flat().length);
  const sample = Object.values(subsets).flatMap((imgs) => imgs.slice(0, 2));
  const scored = await nsfwScores(sample.map((i) => i.path));
  scored.forEach((r, i) => {
    const row = file.rows.find((x) => x.subset === sample[i].subset && x.name === sample[i].name)!;
    assert.ok(r.ok && row, sample[i].name);
    for (const [k, v] of Object.entries(r.scores!)) assert.ok(Math.abs(v - row.scores[k]) < 1e-4, `${sample[i].name} ${k}: ${v} vs ${row.scores[k]}`);
  });
});
