import * as tslab from "tslab";
import * as kernel from "tslab/dist/jupyter";

/** The MIME types the workshop's helpers emit. */
export type Mime = "text/html" | "image/svg+xml" | "image/png" | "image/jpeg" | "text/plain" | "text/markdown";

/** Where displays go when no Jupyter kernel is attached (tests, scripts, the headless runner). */
export type DisplaySink = (mime: Mime, content: string | Uint8Array, displayId?: string) => void;

let sink: DisplaySink | null = null;

/**
 * Routes displays made outside a kernel to `next` (or drops them for `null`, the
 * default) and returns the sink that was there before.
 *
 * @example
 * const seen: string[] = [];
 * setDisplaySink((mime, content) => seen.push(String(content)));
 */
export function setDisplaySink(next: DisplaySink | null): DisplaySink | null {
  const previous = sink;
  sink = next;
  return previous;
}

function isNotReady(err: unknown): boolean {
  return err instanceof Error && err.message === "Not ready";
}

/**
 * Shows `content` as `mime` below the running cell. Inside tslab it uses the kernel's
 * display; anywhere else it hands the content to the sink set by `setDisplaySink`.
 *
 * @example
 * show("text/html", "<b>Hello</b>");
 */
export function show(mime: Mime, content: string | Uint8Array): void {
  try {
    tslab.display.raw(mime, content);
  } catch (err) {
    if (!isNotReady(err)) throw err;
    sink?.(mime, content);
  }
}

/** A display that can be replaced in place (progress bars, live counters). */
export interface LiveDisplay {
  update(mime: Mime, content: string | Uint8Array): void;
}

let nextId = 0;

/**
 * Opens a display whose content each `update` replaces.
 *
 * @example
 * const live = openDisplay();
 * live.update("text/plain", "10%");
 */
export function openDisplay(): LiveDisplay {
  const kernelDisplay = tslab.newDisplay();
  const id = `uyd-${++nextId}`;
  return {
    update(mime, content) {
      try {
        kernelDisplay.raw(mime, content);
      } catch (err) {
        if (!isNotReady(err)) throw err;
        sink?.(mime, content, id);
      }
    },
  };
}

/** True while code runs inside a tslab kernel (Jupyter or the headless runner). */
export function inKernel(): boolean {
  return kernel.lastWriteDisplayData != null;
}
