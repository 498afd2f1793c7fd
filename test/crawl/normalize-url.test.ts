import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeUrl } from "../../lib/crawl/normalize-url";
import { retryAfterMs } from "../../lib/crawl/retry-after";
import { sniffImageType } from "../../lib/crawl/sniff-image-type";

test("URLs that name the same page normalise to one string", () => {
  const forms = ["HTTP://Example.org:80/a/../b/?z=1&a=2#top", "http://example.org/b/?a=2&z=1", "http://example.org/b/?utm_source=x&a=2&z=1&fbclid=9"];
  assert.deepEqual(new Set(forms.map((u) => normalizeUrl(u))), new Set(["http://example.org/b/?a=2&z=1"]));
  assert.equal(normalizeUrl("/x%2fy", { base: "https://h.org/a/" }), "https://h.org/x%2Fy");
  assert.equal(normalizeUrl("page.html", { base: "http://h/a/b.html" }), "http://h/a/page.html");
});

test("links that are not http(s) URLs are dropped", () => {
  for (const bad of ["mailto:a@b.org", "javascript:alert(1)", "ftp://h/x", "http://", "not a url"]) assert.equal(normalizeUrl(bad), null, bad);
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  assert.equal(retryAfterMs("2", 0), 2000);
  assert.equal(retryAfterMs("Thu, 01 Jan 1970 00:00:10 GMT", 4000), 6000);
  assert.equal(retryAfterMs("soon", 0), undefined);
  assert.equal(retryAfterMs(undefined, 0), undefined);
});

test("an image is recognised by its bytes, not by what the server claims", () => {
  assert.equal(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xdb])), "image/jpeg");
  assert.equal(sniffImageType(Buffer.from("89504e470d0a1a0a0000", "hex")), "image/png");
  assert.equal(sniffImageType(Buffer.from("GIF89a....")), "image/gif");
  assert.equal(sniffImageType(Buffer.from("<html>not a picture</html>")), undefined);
});
