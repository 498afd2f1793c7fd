import { test } from "node:test";
import assert from "node:assert/strict";
import { extractPage } from "../../lib/crawl/extract-page";
import { licenceId } from "../../lib/crawl/licence-hints";

const html = `<!doctype html><html><head><title> Gallery </title>
  <link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
  <meta name="robots" content="index, noai">
  <meta name="tdm-reservation" content="1"></head><body>
  <a href="/a.html#x">A</a><a href="/a.html">A again</a><a href="mailto:me@x.org">mail</a><a rel="nofollow" href="/ads">ad</a>
  <img src="cat.jpg" alt=" A cat on a wall "><img src="spacer.gif" alt=""><img src="/no-alt.png"></body></html>`;

test("links are absolute, normalised and de-duplicated; nofollow and mailto links are left out", () => {
  assert.deepEqual(extractPage(html, "http://127.0.0.2:8080/dir/page.html").links, ["http://127.0.0.2:8080/a.html"]);
});

test("images come with their alt text: trimmed, empty for decorative, null when missing", () => {
  const { images, title } = extractPage(html, "http://127.0.0.2:8080/dir/page.html");
  assert.equal(title, "Gallery");
  assert.deepEqual(images, [
    { src: "http://127.0.0.2:8080/dir/cat.jpg", alt: "A cat on a wall" },
    { src: "http://127.0.0.2:8080/dir/spacer.gif", alt: "" },
    { src: "http://127.0.0.2:8080/no-alt.png", alt: null },
  ]);
});

test("licence hints and opt-outs are read from links, meta tags and headers", () => {
  const page = extractPage(html, "http://h/", { "x-robots-tag": "noimageai", link: '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"' });
  assert.deepEqual(page.licences.map((l) => [l.source, l.licence]), [["rel=license", "CC-BY-SA-4.0"], ["header:link", "CC0-1.0"]]);
  assert.deepEqual(page.optOuts, ["noai", "noimageai", "tdm-reservation"]);
  assert.equal(licenceId("© 2025 Someone. All rights reserved."), "all-rights-reserved");
  assert.equal(licenceId("see our terms"), undefined);
});
