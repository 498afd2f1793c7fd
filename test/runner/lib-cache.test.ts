import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";

const cacheModule = join(projectRoot(), "jupyter", "kernels", "uyd-typescript", "lib-cache.js");

/** A tiny workshop: package.json, lib/index.ts re-exporting lib/a.ts, and the real node_modules. */
function workshop(a = "export function twice(n: number): number { return 2 * n; }\n"): string {
  const root = mkdtempSync(join(tmpdir(), "uyd-libcache-"));
  mkdirSync(join(root, "lib"));
  writeFileSync(join(root, "package.json"), "{}");
  writeFileSync(join(root, "lib", "index.ts"), 'export { twice } from "./a";\n');
  writeFileSync(join(root, "lib", "a.ts"), a);
  symlinkSync(join(projectRoot(), "node_modules"), join(root, "node_modules"));
  return root;
}

/** Runs `code` in a fresh Node process with `cache` (lib-cache.js) and `root` defined; returns stdout. */
function node(root: string, code: string): string {
  const r = spawnSync(process.execPath, ["-e", `const cache = require(${JSON.stringify(cacheModule)}); const root = ${JSON.stringify(root)}; process.chdir(root);\n${code}`], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

test("lib is compiled once per version of its sources, and a cell is checked and run against the cached build", () => {
  const root = workshop();
  const dir = node(root, "console.log(cache.ensureLibBuild(root).dir)");
  assert.ok(existsSync(join(dir, "complete")) && existsSync(join(dir, "dts", "lib", "a.d.ts")) && existsSync(join(dir, "js", "lib", "a.js")));
  assert.equal(node(root, "console.log(cache.ensureLibBuild(root).dir)"), dir, "the same sources reuse the build");
  const out = node(root, `
    cache.useLibBuild(root, cache.ensureLibBuild(root));
    const { createConverter } = require(root + "/node_modules/tslab/dist/converter.js");
    const conv = createConverter({});
    const ok = conv.convert("", 'import { twice } from "./lib/index";\\nconst x: number = twice(21);');
    const bad = conv.convert("", 'import { twice } from "./lib/index";\\nconst y: string = twice(1);');
    console.log(JSON.stringify({ sideOutputs: (ok.sideOutputs || []).length, ok: ok.diagnostics.length, bad: bad.diagnostics.map((d) => d.messageText), value: require(root + "/lib/index").twice(21) }));
    conv.close(); process.exit(0);`);
  const r = JSON.parse(out);
  assert.equal(r.sideOutputs, 0, "tslab compiled no lib file itself");
  assert.equal(r.ok, 0);
  assert.match(r.bad.join(" "), /Type 'number' is not assignable to type 'string'/, "cells are still type-checked against lib's types");
  assert.equal(r.value, 42, "Node runs the cached JavaScript");
  writeFileSync(join(root, "lib", "a.ts"), "export function twice(n: number): number { return n + n; }\n");
  assert.notEqual(node(root, "console.log(cache.ensureLibBuild(root).dir)"), dir, "an edit to lib gives a new build");
});

test("a lib that does not compile is not cached, so tslab compiles it from source and shows its errors", () => {
  const root = workshop('export const n: number = "not a number";\nexport function twice(k: number) { return k; }\n');
  assert.equal(node(root, "console.log(String(cache.ensureLibBuild(root)))"), "undefined");
  assert.ok(readdirSync(join(root, ".cache", "tslab-lib")).some((f) => f.endsWith(".errors")));
});

test("two kernels starting at once on a changed lib both get the same complete build", async () => {
  const root = workshop();
  const start = () => new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", `console.log(require(${JSON.stringify(cacheModule)}).ensureLibBuild(${JSON.stringify(root)}).dir)`]);
    let out = "";
    child.stdout.on("data", (d) => { out += d; });
    child.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`exit ${code}`))));
  });
  const [a, b] = await Promise.all([start(), start()]);
  assert.equal(a, b);
  assert.ok(existsSync(join(a, "complete")));
  assert.deepEqual(readdirSync(join(root, ".cache", "tslab-lib")).filter((f) => f.startsWith(".")), [], "no temporary folder is left");
});
