import type * as CliProgress from "cli-progress";
import { lazyModule } from "../data/lazy-module";
import { escapeHtml } from "./escape-html";
import { inKernel, openDisplay } from "./show";

// Loaded on first use, not on `import "./lib/index"` (see lib/data/lazy-module.ts).
const cliProgress = lazyModule<typeof CliProgress>(() => require("cli-progress"));

export interface ProgressOptions {
  /** What is being counted, shown before the bar (default "progress"). */
  label?: string;
}

/** A running progress bar: call `tick` per item and `done` at the end. */
export interface Progress {
  tick(n?: number): void;
  done(): void;
}

function formatSeconds(s: number): string {
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

function barHtml(label: string, done: number, total: number, elapsed: number): string {
  const pct = total > 0 ? Math.min(100, (100 * done) / total) : 100;
  const eta = done > 0 && done < total ? ` · about ${formatSeconds((elapsed * (total - done)) / done)} left` : "";
  return `<div style="font:12px sans-serif">${escapeHtml(label)}: ${done}/${total} (${pct.toFixed(0)}%) · ${formatSeconds(elapsed)}${eta}` +
    `<div style="width:300px;height:8px;background:#eee"><div style="width:${(3 * pct).toFixed(0)}px;height:8px;background:#4a8"></div></div></div>`;
}

/**
 * A progress bar for long loops: an updatable bar in a notebook, a cli-progress bar
 * on stderr from the command line. Redraws only when the whole percentage changes.
 *
 * @example
 * const bar = progress(paths.length, { label: "thumbnails" });
 * for (const p of paths) { await work(p); bar.tick(); }
 * bar.done();
 */
export function progress(total: number, options: ProgressOptions = {}): Progress {
  const { label = "progress" } = options;
  let count = 0;
  if (!inKernel()) {
    const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} {percentage}% | ETA {eta}s`, stream: process.stderr });
    bar.start(total, 0);
    return { tick: (n = 1) => bar.update((count += n)), done: () => bar.stop() };
  }
  const live = openDisplay();
  const start = Date.now();
  let shownPct = -1;
  const draw = () => live.update("text/html", barHtml(label, count, total, (Date.now() - start) / 1000));
  draw();
  return {
    tick(n = 1) {
      count += n;
      const pct = Math.floor((100 * count) / Math.max(total, 1));
      if (pct !== shownPct) {
        shownPct = pct;
        draw();
      }
    },
    done: draw,
  };
}
