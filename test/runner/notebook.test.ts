import { test } from "node:test";
import assert from "node:assert/strict";
import { parseNotebook, readNotebook } from "../../lib/runner/notebook";
import { findLabs } from "../../lib/runner/find-labs";

test("broken notebook files get errors that say what is wrong", () => {
  assert.throws(() => parseNotebook('{"cells": [', "a.ipynb"), { name: "NotebookError", message: /a\.ipynb is not valid JSON/ });
  assert.throws(() => parseNotebook('{"x": 1}', "b.ipynb"), /b\.ipynb is JSON but not a Jupyter notebook/);
  assert.throws(() => parseNotebook('{"cells": [], "nbformat": 3}', "c.ipynb"), /nbformat 3; the workshop reads nbformat 4/);
  assert.throws(() => parseNotebook('{"cells": [{"cell_type": "code"}], "nbformat": 4}', "d.ipynb"), /d\.ipynb: cell 1 has no valid cell_type/);
  assert.throws(() => readNotebook("nope/missing.ipynb"), /Cannot read notebook nope\/missing\.ipynb/);
});

test("labs are found by number, stem or path, and unknown ones are named", () => {
  assert.deepEqual(findLabs(["0"]), ["labs/00-welcome.ipynb"]);
  assert.deepEqual(findLabs(["00-welcome"], { solutions: true }), ["labs/solutions/00-welcome.ipynb"]);
  assert.throws(() => findLabs(["42"]), /There is no lab '42' in labs\. Hint: Labs here: 00-welcome\.ipynb/);
});
