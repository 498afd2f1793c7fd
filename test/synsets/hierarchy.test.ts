import assert from "node:assert/strict";
import { test } from "node:test";
import { classesUnder } from "../../lib/synsets/classes-under";
import { hypernymClosure, hypernymPath } from "../../lib/synsets/hypernym-path";
import { hyponyms } from "../../lib/synsets/hyponyms";
import { renderSynsetTree } from "../../lib/synsets/render-synset-tree";
import { synsetRelations } from "../../lib/synsets/synset-relations";

test("hypernym path of seat belt goes through safety belt and artifact to entity", () => {
  const path = hypernymPath("n04162706").map((s) => s.lemmas[0]);
  assert.deepEqual(path.slice(0, 3), ["seat belt", "safety belt", "belt"]);
  assert.ok(path.includes("artifact"));
  assert.equal(path[path.length - 1], "entity");
  assert.ok(hypernymClosure("n02099601").has("n02084071"));
});

test("hierarchy counts: 118 dog classes, 3 person classes, 43 wheeled vehicles, 4 foxes, 1000 under entity", () => {
  assert.equal(classesUnder("n02084071").length, 118);
  assert.deepEqual(classesUnder("n00007846").map((c) => c.lemmas[0]), ["ballplayer", "groom", "scuba diver"]);
  assert.equal(classesUnder("n04576211").length, 43);
  assert.equal(classesUnder("n02118333").length, 4);
  assert.equal(classesUnder("n00001740").length, 1000);
  assert.deepEqual(classesUnder("n04162706").map((c) => c.index), [785]); // a class counts itself
});

test("hyponyms: depth 1 gives direct kinds only; the full closure holds them and more", () => {
  const direct = hyponyms("n02084071", { depth: 1 });
  const all = hyponyms("n02084071");
  assert.ok(direct.some((s) => s.lemmas[0] === "hunting dog") && !direct.some((s) => s.lemmas[0] === "golden retriever"));
  assert.ok(all.some((s) => s.lemmas[0] === "golden retriever") && all.length > direct.length);
});

test("part-of relations: a seat belt is part of a car seat and a plane seat, an oxygen mask part of an aqualung", () => {
  assert.deepEqual(synsetRelations("n04162706").partOf.map((s) => s.lemmas[0]), ["car seat", "plane seat"]);
  assert.deepEqual(synsetRelations("n03868863").partOf.map((s) => s.lemmas[0]), ["aqualung"]);
  assert.ok(synsetRelations("n02958343").parts.length > 10); // a car has many parts
});

test("the tree picture draws one row per synset with its ImageNet count", () => {
  const svg = renderSynsetTree("n02118333", { depth: 2 });
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /fox n02118333/);
  assert.match(svg, />4<\/text>/);
});
