import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sotuParagraphs } from "../../lib/llm-text/sotu-paragraphs";
import { splitSentences } from "../../lib/llm-text/split-sentences";
import { loadModelText } from "../../lib/llm-text/load-model-text";
import { loadDetectionSets } from "../../lib/llm-text/load-detection-sets";
import { makeMixture } from "../../lib/llm-text/make-mixture";

test("sentences split at full stops but not after titles, initials or U.S.", () => {
  assert.deepEqual(splitSentences("Mr. Speaker, the U.S. Army is ready. President George W. Bush spoke. Yes!"),
    ["Mr. Speaker, the U.S. Army is ready.", "President George W. Bush spoke.", "Yes!"]);
});

test("State of the Union paragraphs have stable ids, years and about 70+ words", () => {
  const p = sotuParagraphs({ from: 2015, to: 2015 });
  assert.equal(p[0].id, "sotu-2015-obama-000");
  assert.ok(p.every((x) => x.year === 2015 && x.text.split(/\s+/).length >= 35));
  assert.equal(new Set(p.map((x) => x.id)).size, p.length);
});

test("there are at least 300 model-written paragraphs of each kind, all labelled", () => {
  const all = loadModelText();
  for (const kind of ["generated", "polished"]) {
    const rows = all.filter((r) => r.kind === kind);
    assert.ok(rows.length >= 300, `${kind}: ${rows.length}`);
    assert.ok(rows.every((r) => r.author === "AI model (written for this project)"));
  }
  assert.ok(all.filter((r) => r.kind === "generated").every((r) => typeof r.topic === "string" && r.topic.length > 10));
  assert.equal(new Set(all.map((r) => r.id)).size, all.length);
});

test("every model paragraph names a real source paragraph, and the two kinds use different sources", () => {
  const ids = new Set(sotuParagraphs({ from: 1982, to: 2021 }).map((p) => p.id));
  const all = loadModelText();
  assert.ok(all.every((r) => ids.has(r.sourceId)));
  const gen = new Set(all.filter((r) => r.kind === "generated").map((r) => r.sourceId));
  assert.ok(all.filter((r) => r.kind === "polished").every((r) => !gen.has(r.sourceId)));
});

test("reference and held-out parts never share a document, and human parts exclude the sources", () => {
  const split = JSON.parse(readFileSync("data/llm-text/splits.json", "utf8"));
  const sources = new Set(loadModelText().map((r) => r.sourceId));
  for (const kind of ["human", "generated", "polished"]) {
    const ref = new Set(split[kind].reference);
    assert.ok(split[kind].heldout.every((id: string) => !ref.has(id)), kind);
  }
  assert.ok([...split.human.reference, ...split.human.heldout].every((id: string) => !sources.has(id)));
  const sets = loadDetectionSets();
  // 250 held-out generated paragraphs: a 500-document mixture at a = 0.5 draws every model paragraph once, no repeats.
  assert.ok(sets.generated.heldout.length >= 250 && sets.polished.heldout.length >= 150 && sets.human.reference.length > 900);
});

test("a mixture has exactly the requested share of model text, reproducibly", () => {
  const sets = loadDetectionSets();
  const a = makeMixture(sets.human.heldout, sets.generated.heldout, { alpha: 0.25, size: 400, seed: 5 });
  assert.equal(a.isModel.filter(Boolean).length, 100);
  assert.equal(a.alpha, 0.25);
  assert.deepEqual(makeMixture(sets.human.heldout, sets.generated.heldout, { alpha: 0.25, size: 400, seed: 5 }).docs, a.docs);
  assert.throws(() => makeMixture([], ["x"], { alpha: 2 }), /alpha in \[0, 1\]/);
});
