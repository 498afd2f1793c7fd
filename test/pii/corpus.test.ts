import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPIICorpus } from "../../lib/pii/load-pii-corpus";

test("every span of the corpus points at its own text and the corpus plants hard negatives", () => {
  for (const path of ["data/pii/corpus.jsonl", "data/pii/corpus-heldout.jsonl"]) {
    const docs = loadPIICorpus({ path });
    for (const d of docs) for (const s of d.spans) assert.equal(d.text.slice(s.start, s.end), s.text, `${d.id} ${s.type}`);
    const kinds = new Set(docs.flatMap((d) => d.negatives.map((n) => n.kind)));
    for (const k of ["card16", "btc", "ssn", "iban", "version", "order"]) assert.ok(kinds.has(k), `${path} lacks ${k}`);
    assert.deepEqual([...new Set(docs.map((d) => d.locale))].sort(), ["de", "en_GB", "en_US", "fr"]);
  }
  const dev = new Set(loadPIICorpus().flatMap((d) => d.negatives.map((n) => n.kind)));
  for (const k of ["isbn", "epoch", "stamp", "sku", "md5", "amount"]) assert.ok(dev.has(k), `corpus.jsonl lacks ${k}`);
});

test("the generator reproduces the committed corpus from its seed", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "pii-corpus-"));
  try {
    const out = join(dir, "c.jsonl");
    execFileSync(process.execPath, ["--import", "tsx", "data/pii/make-corpus.ts", "--docs", "40", "--out", out], { stdio: "pipe" });
    const committed = readFileSync("data/pii/corpus.jsonl", "utf8").split("\n").slice(0, 40);
    assert.deepEqual(readFileSync(out, "utf8").trimEnd().split("\n"), committed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the second corpus is reproduced from its seed, covers its kinds and locales, and its hard negatives hold no personal data", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "pii-second-"));
  try {
    const out = join(dir, "c.jsonl");
    execFileSync(process.execPath, ["--import", "tsx", "data/pii/make-second-corpus.ts", "--docs", "40", "--out", out], { stdio: "pipe" });
    const committed = readFileSync("data/pii/corpus-second.jsonl", "utf8").split("\n").slice(0, 40);
    assert.deepEqual(readFileSync(out, "utf8").trimEnd().split("\n"), committed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const docs = loadPIICorpus({ path: "data/pii/corpus-second.jsonl" });
  for (const d of docs) for (const s of d.spans) assert.equal(d.text.slice(s.start, s.end), s.text, `${d.id} ${s.type}`);
  assert.deepEqual([...new Set(docs.map((d) => d.kind))].sort(), ["bio", "chat", "csv", "form", "invoice", "log"]);
  assert.deepEqual([...new Set(docs.map((d) => d.locale))].sort(), ["de", "en_GB", "en_US", "fr"]);
  const hard = docs.filter((d) => d.hardNegative);
  assert.equal(hard.length, 80);
  // Hard negatives hold no personal data: only timestamps and, in a bot's chat log, its clock times.
  assert.deepEqual(hard.flatMap((d) => d.spans.filter((s) => s.type !== "TIMESTAMP" && s.type !== "TIME").map((s) => `${d.id} ${s.type}`)), []);
  const kinds = new Set(hard.flatMap((d) => d.negatives.map((n) => n.kind)));
  for (const k of ["price", "sku", "order", "tracking", "version", "port", "vat", "isbn", "uuid", "masked", "expiry", "epoch"]) assert.ok(kinds.has(k), `hard negatives lack ${k}`);
});

test("the hand-labelled real e-mails are rebuilt from their labels: every label found, in order", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "pii-spam-"));
  try {
    const out = join(dir, "s.jsonl");
    execFileSync(process.execPath, ["--import", "tsx", "data/pii/make-spam-sample.ts", "--out", out], { stdio: "pipe" });
    assert.equal(readFileSync(out, "utf8"), readFileSync("data/pii/spam-sample.jsonl", "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const docs = loadPIICorpus({ path: "data/pii/spam-sample.jsonl" });
  assert.equal(docs.length, 40);
  for (const d of docs) for (const s of d.spans) assert.equal(d.text.slice(s.start, s.end), s.text, `${d.id} ${s.type}`);
});

test("a missing corpus file is reported with the command that makes it", () => {
  assert.throws(() => loadPIICorpus({ path: "data/pii/nope.jsonl" }), /No PII corpus at 'data\/pii\/nope.jsonl'.*make-corpus.ts/);
});

test("data/SOURCES.md lists the current checksum of each corpus file", async () => {
  const { createHash } = await import("node:crypto");
  const sources = readFileSync("data/SOURCES.md", "utf8");
  for (const file of ["data/pii/corpus.jsonl", "data/pii/corpus-heldout.jsonl", "data/pii/corpus-second.jsonl", "data/pii/spam-sample.jsonl"]) {
    const sha = createHash("sha256").update(readFileSync(file)).digest("hex");
    assert.ok(sources.includes(`\`${file}\``) && sources.includes(sha), `${file} ${sha}`);
  }
});
