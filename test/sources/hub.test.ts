// The Hub search, dataset cards and Croissant, against the local mirror on 127.0.0.1
// (started and stopped by each test): nothing goes online.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";
import { readCroissant } from "../../lib/sources/read-croissant";
import { readDatasetCard } from "../../lib/sources/read-dataset-card";
import { searchDatasets } from "../../lib/sources/search-datasets";
import { startHubMirror } from "../../lib/sources/start-hub-mirror";
import { fetchCroissant, fetchDatasetCard } from "../../lib/sources/fetch-hub-file";

const all = async <T>(g: AsyncGenerator<T>) => { const out: T[] = []; for await (const x of g) out.push(x); return out; };

test("searchDatasets goes through @huggingface/hub to the mirror: words in the id, every tag required, licence read out", async () => {
  const hub = await startHubMirror();
  try {
    assert.deepEqual((await all(searchDatasets("speech", { hubUrl: hub.url }))).map((d) => d.name),
      ["openslr/librispeech_asr", "uyd-workshop/librispeech-fixture", "uyd-workshop/speech-accents-raw"]);
    const audio = await all(searchDatasets("", { hubUrl: hub.url, tags: ["modality:audio", "license:cc0-1.0"] }));
    assert.deepEqual(audio.map((d) => [d.name, d.license, d.gated]), [["mozilla-foundation/common_voice_17_0", "cc0-1.0", "auto"]]);
    assert.equal((await all(searchDatasets("accents", { hubUrl: hub.url })))[0].license, "none stated");
    assert.equal((await all(searchDatasets("", { hubUrl: hub.url, limit: 2 }))).length, 2);
    assert.ok(hub.log.every((l) => l.startsWith("GET /api/datasets?")));
  } finally {
    await hub.close();
  }
  await assert.rejects(all(searchDatasets("x")), /needs hubUrl/);
});

test("a card's YAML and sections are read, and the careful reader's findings are listed", async () => {
  const card = readDatasetCard(readFileSync(join(projectRoot(), "data", "sources", "hub", "street-photos-raw.README.md"), "utf8"));
  assert.equal(card.metadata.license, "unknown");
  assert.deepEqual(card.sections.map((s) => s.heading), ["Street photos (raw)", "Dataset Structure", "Dataset Creation", "Considerations"]);
  for (const f of [/licence is 'unknown'/, /Labels were made by a model/, /Personal data/, /Collected from the web/, /labelling/]) {
    assert.ok(card.findings.some((x) => f.test(x)), String(f));
  }
  const good = readDatasetCard(readFileSync(join(projectRoot(), "data", "sources", "hub", "librispeech-fixture.README.md"), "utf8"));
  assert.equal(good.metadata.license, "mit");
  assert.ok(!good.findings.some((x) => /licence|Labels were made/.test(x)));
  assert.ok(readDatasetCard("# Only a title\n").findings.includes("No licence in the metadata: you may not assume any right to use the data."));
  assert.throws(() => readDatasetCard("---\nlicense: [\n---\n# x"), /YAML front matter does not parse/);
});

test("Croissant: files, record sets, rai properties, and checksums checked against local copies (a changed file is caught)", async () => {
  const hub = await startHubMirror();
  let doc: unknown;
  try {
    doc = await fetchCroissant("uyd-workshop/librispeech-fixture", { hubUrl: hub.url });
    await assert.rejects(fetchCroissant("nobody/nothing", { hubUrl: hub.url }), /answered HTTP 404/);
    assert.equal((await fetchDatasetCard("uyd-workshop/street-photos-raw", { hubUrl: hub.url })).metadata.license, "unknown");
    await assert.rejects(fetchDatasetCard("not an id", { hubUrl: hub.url }), /owner\/name/);
    await assert.rejects(fetchDatasetCard("a/b"), /Pass hubUrl/);
  } finally {
    await hub.close();
  }
  const fixtures = join(projectRoot(), "data", "sources", "fixtures");
  const s = readCroissant(doc, { baseDir: fixtures });
  assert.equal(s.conformsTo, "http://mlcommons.org/croissant/1.0");
  assert.equal(s.files.filter((f) => f.kind === "FileObject").length, 7);
  assert.ok(s.files.filter((f) => f.kind === "FileObject").every((f) => f.checked === "ok"));
  assert.deepEqual(s.recordSets[0].fields.map((f) => f.name), ["audio", "speaker", "split"]);
  assert.ok(s.rai["rai:personalSensitiveInformation"]);
  const copy = mkdtempSync(join(tmpdir(), "uyd-cr-"));
  cpSync(fixtures, copy, { recursive: true });
  const changed = s.files.find((f) => f.kind === "FileObject")!.where;
  writeFileSync(join(copy, changed), "EDITED\n");
  assert.deepEqual(readCroissant(doc, { baseDir: copy }).files.filter((f) => f.checked === "mismatch").map((f) => f.where), [changed]);
  assert.throws(() => readCroissant({ name: "x" }), /Expected a Croissant document/);
});
