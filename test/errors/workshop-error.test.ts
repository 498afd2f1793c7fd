import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError, isWorkshopError, WorkshopError } from "../../lib/errors/workshop-error";

test("a workshop error carries its hint in the message and on its own", () => {
  const err = new InputError("Expected a PNG, got 'a.txt'.", "Pass an image file.");
  assert.equal(err.name, "InputError");
  assert.equal(err.hint, "Pass an image file.");
  assert.match(err.message, /^Expected a PNG, got 'a.txt'\. Hint: Pass an image file\.$/);
});

test("workshop errors are recognised by name, not by class identity", () => {
  const foreign = Object.assign(new Error("x"), { name: "InputError", hint: "h" });
  assert.ok(isWorkshopError(foreign));
  assert.ok(isWorkshopError(new WorkshopError("m", "h")));
  assert.ok(!isWorkshopError(new TypeError("plain")));
});
