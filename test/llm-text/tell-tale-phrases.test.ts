import { test } from "node:test";
import assert from "node:assert/strict";
import { tellTalePhrases } from "../../lib/llm-text/tell-tale-phrases";

test("pasted chatbot boilerplate is found with its document index and context", () => {
  const hits = tellTalePhrases(["A normal paragraph.", "As an AI language model, I cannot vote.", "Some text.\nRegenerate response"]);
  assert.deepEqual(hits.map((h) => [h.index, h.phrase]), [[1, "as an ai language model"], [2, "regenerate response"]]);
  assert.match(hits[0].excerpt, /I cannot vote/);
});

test("line breaks and case inside a phrase do not hide it", () => {
  assert.equal(tellTalePhrases(["as an\nAI   Language model"]).length, 1);
});

test("ordinary prose mentioning AI is not flagged", () => {
  assert.equal(tellTalePhrases(["We will invest in AI research and language education."]).length, 0);
});

test("custom phrase lists replace the default one", () => {
  assert.equal(tellTalePhrases(["delve into"], { phrases: ["delve into"] }).length, 1);
});
