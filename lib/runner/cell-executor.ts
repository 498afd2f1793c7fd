import { join } from "node:path";
import { format } from "node:util";
import type { CellOutput } from "./notebook";

/** What running one cell produced. */
export interface CellExecution {
  ok: boolean;
  outputs: CellOutput[];
}

interface DisplayData { data: Record<string, string>; metadata: Record<string, unknown>; transient?: { display_id?: string } }

/**
 * Runs notebook cells in this process with tslab's own converter and executor (the
 * same code the kernel uses), capturing stdout, stderr and rich displays per cell.
 * Use it in a process of its own: it patches process.stdout/stderr and tslab's
 * display hook for as long as it lives.
 *
 * @example
 * const exec = createCellExecutor(projectRoot());
 * const { ok, outputs } = await exec.run('console.log("hi")');
 */
export function createCellExecutor(root: string): { run(source: string): Promise<CellExecution>; close(): void } {
  const tslab = (file: string) => require(join(root, "node_modules", "tslab", "dist", file));
  const { createConverter } = tslab("converter.js");
  const { createExecutor } = tslab("executor.js");
  const kernel = tslab("jupyter.js");

  let outputs: CellOutput[] = [];
  const byDisplayId = new Map<string, { data: Record<string, string> }>();
  const write = (name: "stdout" | "stderr", text: string) => {
    const last = outputs[outputs.length - 1];
    if (last && last.output_type === "stream" && last.name === name) last.text += text;
    else outputs.push({ output_type: "stream", name, text });
  };
  kernel.lastWriteDisplayData = (d: DisplayData, update: boolean) => {
    const id = d.transient?.display_id;
    const existing = id ? byDisplayId.get(id) : undefined;
    if (update && existing) {
      existing.data = d.data;
      return;
    }
    const out = { output_type: "display_data" as const, data: d.data, metadata: d.metadata ?? {} };
    outputs.push(out);
    if (id) byDisplayId.set(id, out);
  };
  const hook = (name: "stdout" | "stderr") => ((chunk: unknown, ...rest: unknown[]) => {
    write(name, typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = hook("stdout");
  process.stderr.write = hook("stderr");

  // Compile lib once per version of its sources instead of on every first import (see lib-cache.js).
  if (process.env.UYD_LIB_CACHE !== "0") {
    const cache = require(join(root, "jupyter", "kernels", "uyd-typescript", "lib-cache.js"));
    cache.useLibBuild(root, cache.ensureLibBuild(root, (msg: string) => write("stderr", msg + "\n")));
  }
  const node = createConverter({});
  const executor = createExecutor(root, { node, browser: node, close: () => node.close() }, {
    log: (...args: unknown[]) => write("stdout", format(...args) + "\n"),
    error: (...args: unknown[]) => write("stderr", format(...args) + "\n"),
  });
  return {
    async run(source: string): Promise<CellExecution> {
      outputs = [];
      const ok: boolean = await executor.execute(source);
      return { ok, outputs: outputs.map((o) => ({ ...o })) };
    },
    close: () => executor.close(),
  };
}
