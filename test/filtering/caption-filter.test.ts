import { test } from "node:test";
import assert from "node:assert/strict";
import { blocklistFilter } from "../../lib/filtering/blocklist-filter";
import { ldnoobwWords } from "../../lib/filtering/ldnoobw-words";
import { removalByGroup } from "../../lib/filtering/removal-by-group";

test("blocklistFilter drops a text on any whole-word hit, case-insensitive, and never on a part of a word", () => {
  const r = blocklistFilter(["Commercial INTERCOURSE with Spain.", "Senator Sexton spoke.", "sex discrimination; sex.", "", "a tied up boat"], { words: ["intercourse", "sex", "tied up"] });
  assert.deepEqual(r.map((x) => x.removed), [true, false, true, false, true]);
  assert.deepEqual(r[2].matches, ["sex"]);
  assert.deepEqual(r[4].matches, ["tied up"]);
  assert.throws(() => blocklistFilter(["x"], { words: [" "] }), /empty/);
});

test("the default list is LDNOOBW English (403 entries, phrases included) and the other languages load", () => {
  const en = ldnoobwWords();
  assert.equal(en.length, 403);
  assert.ok(en.some((w) => w.includes(" ")));
  assert.ok(ldnoobwWords("de").length > 0);
  assert.throws(() => ldnoobwWords("xx"), /no list for 'xx'/);
  assert.equal(blocklistFilter(["An ordinary sentence about weather."])[0].removed, false);
});

test("removalByGroup: a group the filter always hits stands out of its null band; a random group does not", () => {
  const texts = Array.from({ length: 400 }, (_, i) => `${i % 10 === 0 ? "alpha " : ""}${i % 7 === 0 ? "beta " : ""}text ${i}`);
  // remove every alpha text and 10 % of the rest, spread evenly
  const removed = texts.map((t, i) => t.startsWith("alpha") || i % 10 === 5);
  const [alpha, beta] = removalByGroup(texts, removed, { alpha: /\balpha\b/, beta: /\bbeta\b/ }, { draws: 300, seed: 1 });
  assert.equal(alpha.texts, 40);
  assert.equal(alpha.rate, 1);
  assert.ok(alpha.rate > alpha.nullHigh, JSON.stringify(alpha));
  assert.equal(beta.texts, 58);
  assert.ok(beta.rate >= beta.nullLow && beta.rate <= beta.nullHigh, JSON.stringify(beta));
  assert.equal(alpha.overallRate, 80 / 400);
  const again = removalByGroup(texts, removed, { alpha: /\balpha\b/ }, { draws: 300, seed: 1 });
  assert.deepEqual(again[0], alpha, "seeded");
  assert.throws(() => removalByGroup(texts, [true], {}), /removal flags/);
});
