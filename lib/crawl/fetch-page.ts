import type * as Undici from "undici";
import type { Dispatcher } from "undici";
import { lazyModule } from "../data/lazy-module";
import { readLimitedBody } from "./read-limited-body";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const undici = lazyModule<typeof Undici>(() => require("undici"));

/** Options for {@link fetchPage}. */
export interface FetchPageOptions {
  /** The undici dispatcher to use (e.g. a guardedAgent). Default: undici's global one. */
  dispatcher?: Dispatcher;
  /** User-Agent header. Required by the crawler; default "". */
  userAgent?: string;
  /** Milliseconds from sending the request to the end of the body. Default 10000. */
  timeoutMs?: number;
  /** Largest body, after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Keep the first maxBytes instead of failing (used for robots.txt). Default false. */
  truncate?: boolean;
  /** Accepted content types, e.g. ["text/html", "image/*"]; others are not downloaded. Default: any. */
  accept?: string[];
  /** Called when the response headers arrive (the server has had the request by then). Default: none. */
  onHeaders?: () => void;
}

/** The outcome of one HTTP GET (no redirects followed). */
export interface FetchedPage {
  ok: boolean;
  status?: number;
  headers?: Record<string, string>;
  body?: Buffer;
  truncated?: boolean;
  /** Short machine-readable reason when ok is false: "timeout", "too-large", "content-type", "refused-address", "network", "decompression". */
  reason?: string;
  message?: string;
}

/**
 * Fetches one URL with hard limits: a total deadline covering connect, headers and
 * the whole body (a server that trickles bytes forever is cut off), a size limit
 * checked against Content-Length first and then against the decompressed bytes,
 * and a content-type filter applied before the body is read. Never throws for a
 * network problem: it returns `{ ok: false, reason, message }`.
 *
 * @example
 * const page = await fetchPage("http://127.0.0.2:8080/", { userAgent: "uyd-lab-bot/0.1 (+mailto:me@example.org)" });
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const { dispatcher, userAgent = "", timeoutMs = 10_000, maxBytes = 5 * 1024 * 1024, truncate = false, accept, onHeaders } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let status: number | undefined;
  let headers: Record<string, string> | undefined;
  try {
    const res = await undici.request(url, {
      method: "GET", dispatcher, signal: controller.signal, headersTimeout: timeoutMs, bodyTimeout: timeoutMs,
      headers: { "user-agent": userAgent, accept: (accept ?? ["*/*"]).join(", "), "accept-encoding": "gzip, br, deflate" },
    });
    onHeaders?.();
    status = res.statusCode;
    headers = flatHeaders(res.headers);
    const declared = Number(headers["content-length"] ?? NaN);
    if (status >= 300) {
      discard(res.body); // redirects and errors: the status and headers are what matter
      return { ok: true, status, headers, body: Buffer.alloc(0) };
    }
    if (accept && !typeMatches(headers["content-type"] ?? "", accept)) {
      discard(res.body);
      return fail("content-type", `Content-Type '${headers["content-type"] ?? "(none)"}' is not one of ${accept.join(", ")}.`, status, headers);
    }
    if (declared > maxBytes && !truncate) {
      discard(res.body);
      return fail("too-large", `Content-Length ${declared} is over the ${maxBytes}-byte limit.`, status, headers);
    }
    const { body, truncated } = await readLimitedBody(res.body, { encoding: headers["content-encoding"], maxBytes, truncate });
    return { ok: true, status, headers, body, truncated };
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
    const code = e.code ?? e.cause?.code ?? "";
    if (controller.signal.aborted || /TIMEOUT/.test(code)) return fail("timeout", `No complete response within ${timeoutMs} ms.`, status, headers);
    if (code === "too-large" || code === "decompression") return fail(code, e.message, status, headers);
    if (code === "ERR_ADDRESS_REFUSED") return fail("refused-address", e.message, status, headers);
    return fail("network", `${code || e.name}: ${e.message}`, status, headers);
  } finally {
    clearTimeout(timer);
  }
}

function discard(body: { on(event: "error", fn: () => void): unknown; destroy(): unknown }): void {
  body.on("error", () => undefined); // the abort we cause is not an error worth reporting
  body.destroy();
}

function fail(reason: string, message: string, status?: number, headers?: Record<string, string>): FetchedPage {
  return { ok: false, reason, message, status, headers };
}

function flatHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

function typeMatches(contentType: string, accept: string[]): boolean {
  const type = contentType.split(";")[0].trim().toLowerCase();
  return accept.some((a) => a === "*/*" || a === type || (a.endsWith("/*") && type.startsWith(a.slice(0, -1))));
}
