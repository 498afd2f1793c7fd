// checkLinks on the link-rot fixture web (127.0.0.1 only): every kind of decay in the
// LAION-style fixture is told apart, politely and without touching private addresses
// unless they are allowed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkLinks } from "../../lib/sources/check-links";
import { startLinkRotWeb } from "../../lib/sources/start-link-rot-web";
import { LAION_ROWS } from "../../lib/sources/fixture-content";

const UA = "uyd-test-bot/0.1 (+mailto:tests@example.org)";
const EXPECTED = { alive: "image", moved: "moved", missing: "missing", gone: "gone", placeholder: "soft-404", deadHost: "unreachable" } as const;

test("each planted kind of link rot gets its own outcome, in input order, with the contact user agent sent", async () => {
  const web = await startLinkRotWeb();
  try {
    const seen: number[] = [];
    const rows = await checkLinks(LAION_ROWS.map((r) => r.URL), { userAgent: UA, resolve: web.resolve, allowAddresses: ["127.0.0.0/8"], onProgress: (n) => seen.push(n) });
    assert.deepEqual(rows.map((r) => r.outcome), LAION_ROWS.map((r) => EXPECTED[r.kind as keyof typeof EXPECTED]));
    assert.deepEqual(rows.map((r) => r.url), LAION_ROWS.map((r) => r.URL));
    assert.equal(seen.at(-1), LAION_ROWS.length, "progress ends at the real total");
    assert.ok(web.log.length > 0 && web.log.every((l) => l.userAgent === UA && l.host.endsWith("fixture.test")));
    const moved = rows.find((r) => r.outcome === "moved")!;
    assert.match(moved.finalUrl, /^http:\/\/img\.fixture\.test\/images\//);
  } finally {
    await web.close();
  }
});

test("without allowAddresses the loopback fixture web is refused, and bad input is a row or a clear error", async () => {
  const web = await startLinkRotWeb();
  try {
    const [row] = await checkLinks([LAION_ROWS[0].URL], { userAgent: UA, resolve: web.resolve });
    assert.equal(row.outcome, "unreachable");
    assert.match(row.reason!, /Refused to connect to 127\.0\.0\.1/);
    assert.equal(web.log.length, 0);
    const [bad] = await checkLinks(["not a url"], { userAgent: UA });
    assert.deepEqual([bad.outcome, bad.reason], ["error", "not a URL"]);
    await assert.rejects(checkLinks([], { userAgent: "bot" }), /contact e-mail/);
  } finally {
    await web.close();
  }
});
