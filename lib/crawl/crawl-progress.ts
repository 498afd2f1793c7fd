import { escapeHtml } from "../display/escape-html";
import { inKernel, openDisplay } from "../display/show";
import type { CrawlProgress } from "./crawl-types";

/** Options for {@link crawlProgress}. */
export interface CrawlProgressOptions {
  /** What is counted, shown before the bar. Default "URLs done". */
  label?: string;
}

/** A live crawl counter: pass `onProgress` to crawl() and call `done()` after it. */
export interface CrawlProgressBar {
  onProgress(progress: CrawlProgress): void;
  /** Draws the final state: every URL done, 100 % of the real total. */
  done(): void;
}

/**
 * A progress bar for `crawl()`, whose total is not known in advance: each new link
 * adds to it. It shows records done out of records done plus URLs still queued
 * (the frontier's size), so it never freezes short of the end: when the crawl
 * returns, nothing is queued and the bar stands at 100 % of the real total.
 * In a notebook it is an updatable display; elsewhere it shows nothing.
 *
 * @example
 * const bar = crawlProgress();
 * const result = await crawl({ seeds, userAgent, onProgress: bar.onProgress });
 * bar.done(); // "URLs done: 44/44 (100%)"
 */
export function crawlProgress(options: CrawlProgressOptions = {}): CrawlProgressBar {
  const { label = "URLs done" } = options;
  const live = inKernel() ? openDisplay() : undefined;
  let done = 0;
  let queued = 0;
  let shown = "";
  const draw = (): void => {
    const total = done + queued;
    const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
    const text = `${label}: ${done}/${total} (${pct}%)${queued ? ` · ${queued} queued` : ""}`;
    if (!live || text === shown) return;
    shown = text;
    live.update("text/html", `<div style="font:12px sans-serif">${escapeHtml(text)}` +
      `<div style="width:300px;height:8px;background:#eee"><div style="width:${3 * pct}px;height:8px;background:#4a8"></div></div></div>`);
  };
  return {
    onProgress(p) {
      done = p.done;
      queued = p.queued;
      draw();
    },
    done() {
      queued = 0;
      draw();
    },
  };
}
