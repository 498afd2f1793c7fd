// RFC 9309 decisions as data, shared by robots-allows.test.ts (every case must pass) and
// robots-oracle.test.ts (counts how many robots-parser 3.0.1 gets right).
// Part 1 restates the RFC-behaviour tests of Google's robots_test.cc (google/robotstxt,
// the RFC authors' reference library; the "ID_" tests, plus the documentation examples,
// which are plain RFC longest-match): the cases are rewritten here as data, not copied.
// Its two deliberate differences from this matcher are marked `differs`: Google's
// matcher expects the caller to percent-encode and normalise URLs (ours parses and
// normalises them, RFC 9309 2.2.2), and it has no special case for /robots.txt (2.2.2).
// Part 2 adds the RFC rules the issue lists that Google's suite does not test.

export interface RfcCase {
  /** RFC 9309 section the decision comes from. */
  section: string;
  /** The robots_test.cc test it restates, or "rfc" for part 2. */
  source: string;
  /** The file; bytes where the case is about bytes (a byte-order mark). */
  txt: string | Uint8Array;
  agent: string;
  url: string;
  allowed: boolean;
  /** Why Google's expectation differs, when it does (Google expects the opposite). */
  differs?: string;
}

const cases: RfcCase[] = [];
const add = (section: string, source: string, txt: string | Uint8Array, rows: Array<[agent: string, url: string, allowed: boolean, differs?: string]>): void => {
  for (const [agent, url, allowed, differs] of rows) cases.push({ section, source, txt, agent, url, allowed, differs });
};
const H = "http://foo.bar";

// ---- Part 1: Google's robots_test.cc, RFC behaviour ----
add("2.1", "ID_LineSyntax_Line", "user-agent: FooBot\ndisallow: /\n", [["FooBot", `${H}/x/y`, false]]);
add("2.1", "ID_LineSyntax_Line", "foo: FooBot\nbar: /\n", [["FooBot", `${H}/x/y`, true]]);
add("2.1", "ID_LineSyntax_Line", "user-agent FooBot\ndisallow /\n", [["FooBot", `${H}/x/y`, false]]);

const groups = "allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\nuser-agent: BarBot\ndisallow: /\nallow: /y/\n\n\n" +
  "allow: /w/\nuser-agent: BazBot\n\nuser-agent: FooBot\nallow: /z/\ndisallow: /\n";
add("2.1", "ID_LineSyntax_Groups", groups, [
  ["FooBot", `${H}/x/b`, true], ["FooBot", `${H}/z/d`, true], ["FooBot", `${H}/y/c`, false], ["BarBot", `${H}/y/c`, true],
  ["BarBot", `${H}/w/a`, true], ["BarBot", `${H}/z/d`, false], ["BazBot", `${H}/z/d`, true],
  ["FooBot", `${H}/foo/bar/`, false], ["BarBot", `${H}/foo/bar/`, false], ["BazBot", `${H}/foo/bar/`, false],
]);
for (const other of ["Sitemap: https://foo.bar/sitemap", "Invalid-Unknown-Line: unknown"]) {
  add("2.1", "ID_LineSyntax_Groups_OtherRules", `User-agent: BarBot\n${other}\nUser-agent: *\nDisallow: /\n`, [["FooBot", `${H}/`, false], ["BarBot", `${H}/`, false]]);
}
for (const txt of ["USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n", "user-agent: FooBot\nallow: /x/\ndisallow: /\n", "uSeR-aGeNt: FooBot\nAlLoW: /x/\ndIsAlLoW: /\n"]) {
  add("2.1", "ID_REPLineNamesCaseInsensitive", txt, [["FooBot", `${H}/x/y`, true], ["FooBot", `${H}/a/b`, false]]);
}
for (const txt of ["User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "User-Agent: foo bar\nAllow: /x/\nDisallow: /\n", "User-Agent: FoO bAr\nAllow: /x/\nDisallow: /\n"]) {
  add("2.2.1", "ID_UserAgentValueCaseInsensitive", txt, [["Foo", `${H}/x/y`, true], ["Foo", `${H}/a/b`, false], ["foo", `${H}/x/y`, true], ["foo", `${H}/a/b`, false]]);
}
add("2.2.1", "ID_GlobalGroups_Secondary", "", [["FooBot", `${H}/x/y`, true]]);
add("2.2.1", "ID_GlobalGroups_Secondary", "user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n", [["FooBot", `${H}/x/y`, false], ["BarBot", `${H}/x/y`, true]]);
add("2.2.1", "ID_GlobalGroups_Secondary", "user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\nuser-agent: BazBot\ndisallow: /\n", [["QuxBot", `${H}/x/y`, true]]);
add("2.2.2", "ID_AllowDisallow_Value_CaseSensitive", "user-agent: FooBot\ndisallow: /x/\n", [["FooBot", `${H}/x/y`, false]]);
add("2.2.2", "ID_AllowDisallow_Value_CaseSensitive", "user-agent: FooBot\ndisallow: /X/\n", [["FooBot", `${H}/x/y`, true]]);

const page = `${H}/x/page.html`;
add("2.2.2", "ID_LongestMatch", "user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/\n", [["FooBot", page, false]]);
add("2.2.2", "ID_LongestMatch", "user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n", [["FooBot", page, true], ["FooBot", `${H}/x/`, false]]);
add("2.2.2", "ID_LongestMatch", "user-agent: FooBot\ndisallow: \nallow: \n", [["FooBot", page, true]]);
add("2.2.2", "ID_LongestMatch", "user-agent: FooBot\ndisallow: /\nallow: /\n", [["FooBot", page, true]]);
add("2.2.2", "ID_LongestMatch", "user-agent: FooBot\ndisallow: /x\nallow: /x/\n", [["FooBot", `${H}/x`, false], ["FooBot", `${H}/x/`, true]]);
add("2.2.2", "ID_LongestMatch", "user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/page.html\n", [["FooBot", page, true]]);
add("2.2.2", "ID_LongestMatch", "user-agent: FooBot\nallow: /page\ndisallow: /*.html\n", [["FooBot", `${H}/page.html`, false], ["FooBot", `${H}/page`, true]]);
add("2.2.2", "ID_LongestMatch", "user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n", [["FooBot", page, true], ["FooBot", `${H}/x/y.html`, false]]);
add("2.2.2", "ID_LongestMatch", "User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n", [["FooBot", `${H}/x/page`, true], ["FooBot", `${H}/y/page`, false]]);

const GOOGLE_ENCODES = "Google expects the caller to percent-encode the URL; we parse it, which encodes it (RFC 9309 2.2.2)";
const GOOGLE_NO_DECODE = "Google compares octets as given; RFC 9309 2.2.2 decodes escapes of unreserved characters on both sides";
add("2.2.2", "ID_Encoding", "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n",
  [["FooBot", `${H}/foo/bar?qux=taz&baz=http://foo.bar?tar&par`, true]]);
add("2.2.2", "ID_Encoding", "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/ツ\n", [["FooBot", `${H}/foo/bar/%E3%83%84`, true], ["FooBot", `${H}/foo/bar/ツ`, true, GOOGLE_ENCODES]]);
add("2.2.2", "ID_Encoding", "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n", [["FooBot", `${H}/foo/bar/%E3%83%84`, true], ["FooBot", `${H}/foo/bar/ツ`, true, GOOGLE_ENCODES]]);
add("2.2.2", "ID_Encoding", "User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n", [["FooBot", `${H}/foo/bar/baz`, true, GOOGLE_NO_DECODE], ["FooBot", `${H}/foo/bar/%62%61%7A`, true]]);

add("2.2.3", "ID_SpecialCharacters", "User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n", [
  ["FooBot", `${H}/foo/bar/quz`, false], ["FooBot", `${H}/foo/quz`, true], ["FooBot", `${H}/foo//quz`, true], ["FooBot", `${H}/foo/bax/quz`, true],
]);
add("2.2.3", "ID_SpecialCharacters", "User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n", [
  ["FooBot", `${H}/foo/bar`, false], ["FooBot", `${H}/foo/bar/qux`, true], ["FooBot", `${H}/foo/bar/`, true], ["FooBot", `${H}/foo/bar/baz`, true],
]);
add("2.2.3", "ID_SpecialCharacters", "User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n", [["FooBot", `${H}/foo/bar`, true], ["FooBot", `${H}/foo/quz`, false]]);

for (const eol of ["\n", "\r\n", "\r"]) {
  add("2.2", "ID_LinesNumbersAreCountedCorrectly", ["User-Agent: foo", "Allow: /some/path", "User-Agent: bar", "", "", "Disallow: /", ""].join(eol),
    [["bar", `${H}/x`, false], ["foo", `${H}/x`, true]]);
}
add("2.2", "ID_LinesNumbersAreCountedCorrectly", "User-Agent: foo\nAllow: /some/path\r\nUser-Agent: bar\n\r\n\nDisallow: /", [["bar", `${H}/x`, false], ["foo", `${H}/x`, true]]);
const bytes = (prefix: number[], text: string, middle: number[] = [], rest = ""): Uint8Array =>
  Buffer.concat([Buffer.from(prefix), Buffer.from(text), Buffer.from(middle), Buffer.from(rest)]);
for (const bom of [[0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xef]]) {
  add("2.2", "ID_UTF8ByteOrderMarkIsSkipped", bytes(bom, "User-Agent: foo\nDisallow: /AnyValue\n"), [["foo", `${H}/AnyValue`, false]]);
}
// A broken BOM makes the first line garbage, and a BOM in mid-file spoils its line.
add("2.2", "ID_UTF8ByteOrderMarkIsSkipped", bytes([0xef, 0x11, 0xbf], "User-Agent: foo\nDisallow: /AnyValue\n"), [["foo", `${H}/AnyValue`, true]]);
add("2.2", "ID_UTF8ByteOrderMarkIsSkipped", bytes([], "User-Agent: foo\n", [0xef, 0xbb, 0xbf], "Disallow: /AnyValue\n"), [["foo", `${H}/AnyValue`, true]]);

const doc = (rule: string, rows: Array<[string, boolean]>): void =>
  add("2.2.2", "GoogleOnly_DocumentationChecks (RFC longest match)", `user-agent: FooBot\ndisallow: /\nallow: ${rule}\n`, rows.map(([p, a]) => ["FooBot", H + p, a]));
const fish: Array<[string, boolean]> = [["/bar", false], ["/fish", true], ["/fish.html", true], ["/fish/salmon.html", true], ["/fishheads", true],
  ["/fishheads/yummy.html", true], ["/fish.html?id=anything", true], ["/Fish.asp", false], ["/catfish", false], ["/?id=fish", false]];
doc("/fish", fish);
doc("/fish*", fish);
doc("/fish/", [["/bar", false], ["/fish/", true], ["/fish/salmon", true], ["/fish/?salmon", true], ["/fish/salmon.html", true], ["/fish/?id=anything", true],
  ["/fish", false], ["/fish.html", false], ["/Fish/Salmon.html", false]]);
doc("/*.php", [["/bar", false], ["/filename.php", true], ["/folder/filename.php", true], ["/folder/filename.php?parameters", true],
  ["//folder/any.php.file.html", true], ["/filename.php/", true], ["/index?f=filename.php/", true], ["/php/", false], ["/index?php", false], ["/windows.PHP", false]]);
doc("/*.php$", [["/bar", false], ["/filename.php", true], ["/folder/filename.php", true], ["/filename.php?parameters", false], ["/filename.php/", false],
  ["/filename.php5", false], ["/php/", false], ["/filename?php", false], ["/aaaphpaaa", false], ["//windows.PHP", false]]);
doc("/fish*.php", [["/bar", false], ["/fish.php", true], ["/fishheads/catfish.php?parameters", true], ["/Fish.PHP", false]]);
add("2.2.2", "GoogleOnly_DocumentationChecks (RFC longest match)", "user-agent: FooBot\nallow: /p\ndisallow: /\n", [["FooBot", "http://example.com/page", true]]);
add("2.2.2", "GoogleOnly_DocumentationChecks (RFC longest match)", "user-agent: FooBot\nallow: /folder\ndisallow: /folder\n", [["FooBot", "http://example.com/folder/page", true]]);
add("2.2.2", "GoogleOnly_DocumentationChecks (RFC longest match)", "user-agent: FooBot\nallow: /page\ndisallow: /*.htm\n", [["FooBot", "http://example.com/page.htm", false]]);
add("2.2.2", "GoogleOnly_DocumentationChecks (RFC longest match)", "user-agent: FooBot\nallow: /$\ndisallow: /\n",
  [["FooBot", "http://example.com/", true], ["FooBot", "http://example.com/page.html", false]]);

// ---- Part 2: RFC rules Google's suite does not cover ----
add("2.1", "rfc", "User-agent: *\nDisallow: /\n\nUser-agent: FooBot\n", [["FooBot", `${H}/x`, true], ["BarBot", `${H}/x`, false]]);
add("2.1", "rfc", "User-agent: FooBot\nSitemap: http://foo.bar/s.xml\n", [["FooBot", `${H}/x`, true]]);
add("2.1", "rfc", "User-agent: FooBot\nCrawl-delay: 3\n\nUser-agent: *\nDisallow: /private/\n", [["FooBot", `${H}/private/a`, false]]);
add("2.2.4", "rfc", "User-agent: FooBot\nCrawl-delay: 1\nUser-agent: BarBot\nDisallow: /\n", [["FooBot", `${H}/x`, false], ["BarBot", `${H}/x`, false]]);
add("2.2.4", "rfc", "User-agent: FooBot\nHost: foo.bar\nUser-agent: BarBot\nDisallow: /\n", [["FooBot", `${H}/x`, false]]);
add("2.2.4", "rfc", "User-agent: FooBot\nDisallow: /a\nSitemap: http://foo.bar/s.xml\nDisallow: /b\n", [["FooBot", `${H}/b`, false]]);
add("2.2.2", "rfc", "User-agent: *\nDisallow: /baz\n", [["FooBot", `${H}/%62az`, false], ["FooBot", `${H}/%62%41z`, true], ["FooBot", `${H}/%62%61%7a`, false]]);
add("2.2.2", "rfc", "User-agent: *\nDisallow: /%7Euser/\n", [["FooBot", `${H}/~user/a`, false], ["FooBot", `${H}/%7euser/a`, false]]);
add("2.2.2", "rfc", "User-agent: *\nDisallow: /a%2Fb\n", [["FooBot", `${H}/a/b`, true], ["FooBot", `${H}/a%2fb`, false]]);
add("2.2.2", "rfc", "User-agent: *\nDisallow: /a%3Fb\n", [["FooBot", `${H}/a?b`, true]]);
add("2.2.2", "rfc", "User-agent: *\nDisallow: /caf%c3%a9\n", [["FooBot", `${H}/café`, false]]);
add("2.2.2", "rfc", "User-agent: *\nDisallow: /a b\n", [["FooBot", `${H}/a b`, false], ["FooBot", `${H}/a%20b`, false]]);
add("2.2.2", "rfc", "User-agent: *\nDisallow: /\n", [["FooBot", `${H}/robots.txt`, true], ["FooBot", `${H}/robots.txt.bak`, false]]);
add("2.2.2", "rfc", "User-agent: FooBot\nDisallow: /robots.txt\n", [["FooBot", `${H}/robots.txt`, true]]);
add("2.2.1", "rfc", "User-agent: FooBot\nDisallow: /\n", [["FooBot/2.1 (+mailto:ops@foo.bar)", `${H}/x`, false]]);
add("2.2.1", "rfc", "User-agent: FooBot/2.1\nDisallow: /\n", [["FooBot", `${H}/x`, false]]);

export const RFC_CASES: readonly RfcCase[] = cases;
