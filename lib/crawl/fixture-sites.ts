/**
 * The fixture web: a few small "hosts" with pages, photos with alt text, a
 * robots.txt each, licence hints, and hostile hosts that misbehave on purpose.
 * Pure data; `startFixtureWeb` serves it on 127.0.0.x. `{{name}}` in a body is
 * replaced by that host's base URL at serve time. `expect` is the ground truth:
 * what a polite, careful crawler must record for that path.
 */
export type FixtureResponse =
  | { kind: "html"; title: string; body: string; head?: string }
  | { kind: "image"; photo: string; contentType?: string }
  | { kind: "raw"; contentType: string; body: string }
  | { kind: "redirect"; to: string; status?: number }
  | { kind: "status"; status: number; retryAfter?: string; times?: number; then?: FixtureResponse }
  | { kind: "chain" }
  | { kind: "never-ends" }
  | { kind: "gzip-bomb" }
  | { kind: "huge-length" }
  | { kind: "big-robots" };

export interface FixtureHost {
  name: string;
  /** Preferred loopback address (falls back to 127.0.0.1 where only that exists). */
  ip: string;
  /** One line on what the host teaches. */
  about: string;
  /** Served at /robots.txt: a text, or a response (status, redirect, huge file). */
  robots: string | FixtureResponse;
  pages: Record<string, FixtureResponse>;
  /** What the crawler must record per path: "fetched" or an error/skip reason. */
  expect: Record<string, string>;
}

/**
 * The HTML a fixture page is served as (before `{{name}}` expansion).
 *
 * @example
 * fixtureHtml({ kind: "html", title: "Hi", body: "<p>x</p>" }); // "<!doctype html>..."
 */
export function fixtureHtml(spec: { title: string; body: string; head?: string }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${spec.title}</title>${spec.head ?? ""}</head>` +
    `<body><h1>${spec.title}</h1>${spec.body}</body></html>`;
}

const img = (photo: string, alt?: string): string =>
  alt === undefined ? `<img src="/img/${photo}.jpg">` : `<img src="/img/${photo}.jpg" alt="${alt}">`;
const photos = (...names: string[]): Record<string, FixtureResponse> =>
  Object.fromEntries(names.map((photo) => [`/img/${photo}.jpg`, { kind: "image", photo } as FixtureResponse]));
const CC_BY = `<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">`;
const CC0 = `<meta name="dcterms.license" content="https://creativecommons.org/publicdomain/zero/1.0/">`;

export const FIXTURE_HOSTS: FixtureHost[] = [
  {
    name: "museum", ip: "127.0.0.2", about: "wildcards, $, longest match, crawl-delay; CC BY photos",
    robots: "# Museum of Old Photographs\nUser-agent: *\nCrawl-delay: 0.1\nDisallow: /staff/\nAllow: /staff/directory.html\nDisallow: /*.pdf$\n",
    pages: {
      "/": { kind: "html", title: "Museum of Old Photographs", head: CC_BY, body:
        `<a href="/gallery/travel.html">Travel</a> <a href="/gallery/plants.html">Plants</a> <a href="/staff/">Staff</a>
         <a href="/staff/directory.html">Directory</a> <a href="/catalogue.pdf">Catalogue</a> <a href="{{archive}}/">Our friends at the archive</a>
         <p>Photographs on this site are licensed <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>` },
      "/gallery/travel.html": { kind: "html", title: "Travel", head: CC_BY, body:
        img("nagasaki-boats", "Boats moored on a river in Nagasaki, albumen print by Felice Beato") +
        img("black-canyon", "Black Canyon of the Colorado River seen from camp, 1871") +
        img("airplane-from-above", "") + `<a href="/#top">Home</a>` },
      "/gallery/plants.html": { kind: "html", title: "Plants", head: CC_BY, body:
        img("acanthus-mollis", "Acanthus mollis leaves, close-up by Karl Blossfeldt") +
        img("allium-oreophilum", "Pink lily leek (Allium oreophilum) flower head") + img("march-pastoral") },
      "/staff/": { kind: "html", title: "Staff only", body: "<p>Rota and phone numbers.</p>" },
      "/staff/directory.html": { kind: "html", title: "Directory", body: "<p>Public contact list.</p>" },
      "/catalogue.pdf": { kind: "raw", contentType: "application/pdf", body: "%PDF-1.4 fake" },
      ...photos("nagasaki-boats", "black-canyon", "airplane-from-above", "acanthus-mollis", "allium-oreophilum", "march-pastoral"),
    },
    expect: { "/": "fetched", "/gallery/travel.html": "fetched", "/gallery/plants.html": "fetched", "/staff/": "robots",
      "/staff/directory.html": "fetched", "/catalogue.pdf": "robots" },
  },
  {
    name: "blog", ip: "127.0.0.3", about: "per-agent groups, an allow/disallow tie; all rights reserved, AI opt-outs",
    robots: "User-agent: *\nDisallow: /\n\nUser-agent: uyd-lab-bot\nCrawl-delay: 0.2\nAllow: /\nDisallow: /drafts/\n" +
      "Disallow: /*?replytocom=\nDisallow: /tag\nAllow: /tag   # a tie: Allow wins\n",
    pages: {
      "/": { kind: "html", title: "A photo blog", head: `<meta name="copyright" content="© 2025 Blog Author. All rights reserved.">`, body:
        `<a href="/posts/dust-bowl.html">Dust Bowl</a> <a href="/posts/cat.html">Cat</a> <a href="/drafts/next.html">Draft</a>
         <a href="/posts/cat.html?replytocom=3">Reply</a> <a href="/tag/history">History</a>` },
      "/posts/dust-bowl.html": { kind: "html", title: "Dust Bowl", head: `<meta name="tdm-reservation" content="1">`, body:
        img("dust-bowl-home", "Abandoned Dust Bowl farmhouse, photograph by Dorothea Lange") },
      "/posts/cat.html": { kind: "html", title: "Cat in motion", head: `<meta name="robots" content="noai, noimageai">`, body:
        img("locomotion-house-cat", "Twenty-four views of a running house cat, Muybridge") },
      "/drafts/next.html": { kind: "html", title: "Draft", body: "<p>Unpublished.</p>" },
      "/tag/history": { kind: "html", title: "Tag: history", body: `<a href="/posts/dust-bowl.html">Dust Bowl</a>` },
      ...photos("dust-bowl-home", "locomotion-house-cat"),
    },
    expect: { "/": "fetched", "/posts/dust-bowl.html": "fetched", "/posts/cat.html": "fetched", "/drafts/next.html": "robots",
      "/posts/cat.html?replytocom=3": "robots", "/tag/history": "fetched" },
  },
  {
    name: "archive", ip: "127.0.0.4", about: "robots.txt 404 means allow all; CC0 pages",
    robots: { kind: "status", status: 404 },
    pages: {
      "/": { kind: "html", title: "Public domain archive", head: CC0, body:
        img("french-alpine-landscape", "French alpine landscape with a lake, carbon print by Adolphe Braun") +
        `<a href="/collection/sheep.html">Sheep</a>` },
      "/collection/sheep.html": { kind: "html", title: "Sheep", head: CC0, body:
        img("march-pastoral", "Sheep grazing in a pastoral landscape, photogravure by P. H. Emerson") },
      ...photos("french-alpine-landscape", "march-pastoral"),
    },
    expect: { "/": "fetched", "/collection/sheep.html": "fetched" },
  },
  {
    name: "mirror", ip: "127.0.0.10", about: "robots.txt reached through two redirects",
    robots: { kind: "redirect", to: "/config/robots.txt" },
    pages: {
      "/config/robots.txt": { kind: "redirect", to: "/config/v2/robots.txt", status: 302 },
      "/config/v2/robots.txt": { kind: "raw", contentType: "text/plain", body: "User-agent: *\nDisallow: /old/\n" },
      "/": { kind: "html", title: "Mirror", body: `<a href="/old/page.html">Old</a> <a href="/new/page.html">New</a>` },
      "/old/page.html": { kind: "html", title: "Old", body: "<p>Old page.</p>" },
      "/new/page.html": { kind: "html", title: "New", body: "<p>New page.</p>" },
    },
    expect: { "/": "fetched", "/old/page.html": "robots", "/new/page.html": "fetched" },
  },
  {
    name: "down", ip: "127.0.0.5", about: "robots.txt answers 500: assume everything is disallowed",
    robots: { kind: "status", status: 500 },
    pages: { "/": { kind: "html", title: "Down", body: "<p>You should not see this.</p>" } },
    expect: { "/": "robots-unavailable" },
  },
  {
    name: "bigrobots", ip: "127.0.0.6", about: "a 1 MiB robots.txt: only the first 500 KiB count",
    robots: { kind: "big-robots" },
    pages: {
      "/": { kind: "html", title: "Big robots", body: `<a href="/private/a.html">Private</a> <a href="/public.html">Public</a>` },
      "/private/a.html": { kind: "html", title: "Private", body: "<p>Private.</p>" },
      "/public.html": { kind: "html", title: "Public", body: "<p>Public.</p>" },
    },
    expect: { "/": "fetched", "/private/a.html": "robots", "/public.html": "fetched" },
  },
  {
    name: "trap", ip: "127.0.0.7", about: "loops, endless responses, bombs, lies about size and type, SSRF redirects",
    robots: "User-agent: *\nAllow: /\n",
    pages: {
      "/": { kind: "html", title: "Trap", body: ["/loop/a", "/chain/1", "/slow", "/bomb", "/huge", "/fake.jpg", "/report.docx",
        "/to-private", "/to-metadata"].map((p) => `<a href="${p}">${p}</a>`).join(" ") },
      "/loop/a": { kind: "redirect", to: "/loop/b" },
      "/loop/b": { kind: "redirect", to: "/loop/a" },
      "/chain/1": { kind: "chain" },
      "/slow": { kind: "never-ends" },
      "/bomb": { kind: "gzip-bomb" },
      "/huge": { kind: "huge-length" },
      "/fake.jpg": { kind: "raw", contentType: "image/jpeg", body: "<html><body>Not a picture</body></html>" },
      "/report.docx": { kind: "raw", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", body: "PK.." },
      "/to-private": { kind: "redirect", to: "http://10.0.0.1/admin" },
      "/to-metadata": { kind: "redirect", to: "http://169.254.169.254/latest/meta-data/" },
    },
    expect: { "/": "fetched", "/loop/a": "redirect-loop", "/chain/1": "too-many-redirects", "/slow": "timeout", "/bomb": "too-large",
      "/huge": "too-large", "/fake.jpg": "content-mismatch", "/report.docx": "content-type", "/to-private": "refused-address",
      "/to-metadata": "refused-address" },
  },
  {
    name: "busy", ip: "127.0.0.8", about: "429 with Retry-After, flaky 503s, a Retry-After of an hour",
    robots: "User-agent: *\nCrawl-delay: 0.1\n",
    pages: {
      "/": { kind: "status", status: 429, retryAfter: "1", times: 1, then: { kind: "html", title: "Busy", body:
        `<a href="/flaky">Flaky</a> <a href="/always-busy">Always busy</a>` } },
      "/flaky": { kind: "status", status: 503, times: 1, then: { kind: "html", title: "Flaky", body: "<p>Made it.</p>" } },
      "/always-busy": { kind: "status", status: 503, retryAfter: "3600" },
    },
    expect: { "/": "fetched", "/flaky": "fetched", "/always-busy": "retry-after-too-long" },
  },
];
