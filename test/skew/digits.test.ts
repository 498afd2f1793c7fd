import assert from "node:assert/strict";
import { test } from "node:test";
import { accuracyUnderSkew } from "../../lib/skew/accuracy-under-skew";
import { augmentDigits } from "../../lib/skew/augment-digits";
import { loadDigits } from "../../lib/skew/load-digits";
import { trainDigitClassifier } from "../../lib/skew/train-digit-classifier";

const train = loadDigits({ perDigit: 120 });
const held = loadDigits({ perDigit: 30, offset: 700 });

test("loadDigits gives 28 x 28 grey digits with labels 0-9 in turn", () => {
  assert.equal(train.length, 1200);
  assert.deepEqual(train.slice(0, 10).map((d) => d.label), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual([train[0].image.width, train[0].image.height, train[0].image.channels, train[0].image.data.length], [28, 28, 1, 784]);
  assert.ok(Math.max(...train[0].image.data) > 200, "ink is bright");
});

test("loadDigits rejects a range past the smallest class", () => {
  assert.throws(() => loadDigits({ perDigit: 100, offset: 800 }), /offset \+ perDigit <= 850, got perDigit=100, offset=800/);
});

test("the tiny network learns real digits far above chance, the same way for the same seed", () => {
  const model = trainDigitClassifier(train, { epochs: 3 });
  const acc = model.accuracy(held);
  assert.ok(acc > 0.8, `held-out accuracy ${acc}`);
  assert.equal(trainDigitClassifier(train, { epochs: 3 }).accuracy(held), acc);
  const rows = accuracyUnderSkew(model, held, { kinds: ["haze", "crop"], strengths: [0, 0.5] });
  assert.deepEqual(rows.map((r) => [r.kind, r.strength]), [["haze", 0], ["haze", 0.5], ["crop", 0], ["crop", 0.5]]);
  assert.equal(rows[0].accuracy, acc);
  assert.ok(rows[1].accuracy < acc - 0.2 && rows[3].accuracy < acc - 0.2, "haze and crop at 0.5 cost accuracy");
});

test("training with matching augmentation wins back accuracy on hazy digits", () => {
  const plain = trainDigitClassifier(train, { epochs: 3 });
  const augmented = trainDigitClassifier(augmentDigits(train, { kinds: ["haze"] }), { epochs: 3 });
  const hazy = (m: typeof plain) => accuracyUnderSkew(m, held, { kinds: ["haze"], strengths: [0.5] })[0].accuracy;
  assert.ok(hazy(augmented) > hazy(plain) + 0.2, `plain ${hazy(plain)}, augmented ${hazy(augmented)}`);
});
