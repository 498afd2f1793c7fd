import { test } from "node:test";
import assert from "node:assert/strict";
import { checkUserAgent } from "../../lib/crawl/check-user-agent";
import { crawl } from "../../lib/crawl/crawl";

test("a crawl refuses to start when the user agent has no contact e-mail", async () => {
  await assert.rejects(crawl({ seeds: ["http://127.0.0.2:1/"], userAgent: "uyd-lab-bot/0.1" }),
    { name: "InputError", message: /the user agent needs a contact e-mail, got "uyd-lab-bot\/0\.1"\. Hint: Pass userAgent like/ });
  await assert.rejects(crawl({ seeds: ["http://127.0.0.2:1/"] } as never), { name: "InputError", message: /needs a contact e-mail, got ""/ });
});

test("a user agent must start with a product token that robots.txt can name", () => {
  assert.equal(checkUserAgent("uyd-lab-bot/0.1 (+mailto:me@example.org)"), "uyd-lab-bot");
  assert.throws(() => checkUserAgent("(me@example.org)"), { name: "InputError", message: /must start with a product token/ });
});

test("seeds must be http(s) URLs", async () => {
  await assert.rejects(crawl({ seeds: ["ftp://x/"], userAgent: "bot (me@example.org)" }), { name: "InputError", message: /Seeds must be a non-empty list of http\(s\) URLs, got \["ftp:\/\/x\/"\]/ });
  await assert.rejects(crawl({ seeds: [], userAgent: "bot (me@example.org)" }), { message: /got \[\]/ });
});
