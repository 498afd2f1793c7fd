/** Unreserved characters of RFC 3986 (section 2.3): a percent-escape of one of these means the character itself. */
const UNRESERVED = /[A-Za-z0-9\-._~]/;
/** Printable ASCII that a URL parser may percent-encode in a path or query; encoded the same way on both sides. */
const UNSAFE = /[\s"<>`{}|\\^']/;

/**
 * The one form in which RFC 9309 (section 2.2.2) compares a robots.txt rule with a
 * URL path: escapes of unreserved characters are decoded (`%62` and `%7e` become `b`
 * and `~`), all other escapes are kept with upper-case hex (`%2f` becomes `%2F` and
 * never equals `/`), and non-ASCII characters and the unsafe ASCII ones are written
 * as percent-encoded UTF-8 octets. Rules and URLs go through this same function, so
 * a character that only one side encodes still compares equal.
 *
 * @example
 * robotsPath("/a/%62%61%7a/ツ"); // "/a/baz/%E3%83%84"
 */
export function robotsPath(path: string): string {
  let out = "";
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "%" && /^[0-9A-Fa-f]{2}$/.test(path.slice(i + 1, i + 3))) {
      const ch = String.fromCharCode(parseInt(path.slice(i + 1, i + 3), 16));
      out += UNRESERVED.test(ch) ? ch : "%" + path.slice(i + 1, i + 3).toUpperCase();
      i += 2;
    } else if (c.charCodeAt(0) > 0x7e || c.charCodeAt(0) < 0x20 || UNSAFE.test(c)) {
      const code = path.codePointAt(i) as number;
      if (code > 0xffff) i++;
      for (const byte of Buffer.from(String.fromCodePoint(code), "utf8")) out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
    } else {
      out += c;
    }
  }
  return out;
}
