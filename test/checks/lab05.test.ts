import assert from "node:assert/strict";
import { test } from "node:test";
import { lab05, LAB05_SETUP } from "../../lib/checks/lab05";

test("lab 05 checks: prepare computes the expected values once; hints name the mistake, not the answer", () => {
  lab05.prepare!();
  const dog = lab05.checks["5.1"].judge({ wnid: "n02113186", index: 264 });
  assert.equal(dog.passed, false);
  assert.match(dog.message, /other 'cardigan'/);
  assert.doesNotMatch(dog.message, /n02963159|474/);
  const parent = lab05.checks["5.2"].judge({ wnid: "n03800933", count: 26 });
  assert.match(parent.message, /itself/);
  const grid = lab05.checks["5.3"].judge(Array.from({ length: LAB05_SETUP.colours.n }, (_, i) => i));
  assert.equal(grid.passed, false);
  assert.match(grid.message, /DPQ16 is 0\.\d{3} \(random: 0\.\d{3}\)/);
});
